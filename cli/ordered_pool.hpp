// Runs one job after another through all cores and hands back the results in input order, as
// soon as the next one in order is ready: what `annotate --jsonl` needs for files and for a
// stream of JSON lines alike.
//
// Jobs are read one at a time by a reader thread (`next`), done by `threads` workers (`work`)
// and written by the calling thread (`write`); neither `work` nor `write` may throw (a write
// error ends the process: exit_on_write_error). Memory stays bounded: at
// most `max_jobs` jobs are held at once, and together at most `max_bytes` of input and output
// (`cost`), except that one job is always let in, however large, so that it can be done.
// An exception from `next` (a read error) ends the input; it is rethrown once every job read
// before it was written.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace whosaid_cli {

struct PoolLimits {
    std::size_t threads = 1;
    std::size_t max_jobs = 4;
    std::size_t max_bytes = 64u << 20;
};

template <class Job>
void run_in_order(const std::function<bool(Job&)>& next, const std::function<std::size_t(const Job&)>& cost,
                  const std::function<std::string(Job&&, std::size_t index)>& work,
                  const std::function<void(const std::string&, std::size_t index)>& write, PoolLimits limits) {
    struct Slot {
        Job job;
        std::string output;
        std::size_t bytes = 0;  // what it holds now: its input's cost, then its output's size
        bool taken = false, done = false;
    };
    std::mutex m;
    std::condition_variable cv;
    std::deque<Slot> slots;        // slots.front() is the next one to write
    std::size_t first = 0;         // index of slots.front()
    std::size_t untaken = 0;       // offset in slots of the first job no worker took yet
    std::size_t held_bytes = 0;
    bool input_done = false;
    std::exception_ptr read_error;

    std::thread reader([&] {
        try {
            for (;;) {
                Job job;
                if (!next(job)) break;
                std::size_t bytes = cost(job);
                std::unique_lock<std::mutex> lock(m);
                cv.wait(lock, [&] {
                    return slots.empty() || (slots.size() < limits.max_jobs && held_bytes + bytes <= limits.max_bytes);
                });
                slots.push_back(Slot{std::move(job), {}, bytes});
                held_bytes += bytes;
                cv.notify_all();
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(m);
            read_error = std::current_exception();
        }
        std::lock_guard<std::mutex> lock(m);
        input_done = true;
        cv.notify_all();
    });

    auto worker = [&] {
        for (;;) {
            std::unique_lock<std::mutex> lock(m);
            cv.wait(lock, [&] { return untaken < slots.size() || input_done; });
            if (untaken >= slots.size()) return;  // input_done and nothing left to take
            std::size_t index = first + untaken++;
            Job job = std::move(slots[index - first].job);
            lock.unlock();
            std::string output = work(std::move(job), index);
            lock.lock();
            Slot& slot = slots[index - first];  // still there: only written slots leave, in order
            held_bytes = held_bytes - slot.bytes + output.size();
            slot.bytes = output.size();
            slot.output = std::move(output);
            slot.done = true;
            cv.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < std::max<std::size_t>(1, limits.threads); ++t) pool.emplace_back(worker);

    for (;;) {
        std::string output;
        std::size_t index;
        {
            std::unique_lock<std::mutex> lock(m);
            cv.wait(lock, [&] { return (!slots.empty() && slots.front().done) || (input_done && slots.empty()); });
            if (slots.empty()) break;
            output = std::move(slots.front().output);
            held_bytes -= slots.front().bytes;
            index = first++;
            slots.pop_front();
            --untaken;
            cv.notify_all();
        }
        write(output, index);
    }
    reader.join();
    for (auto& t : pool) t.join();
    if (read_error) std::rethrow_exception(read_error);
}

}  // namespace whosaid_cli
