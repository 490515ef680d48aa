// pybind11 surface of the core for the Python package (python/whosaid/__init__.py, the only
// caller). Text arrives as Python str and is read through CPython's own UTF-8 buffer of it (no
// copy); the core runs with the GIL released; the JSON comes back with offsets in code points,
// Python's string unit, and __init__.py turns it into dicts.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "whosaid/json.hpp"
#include "whosaid/session.hpp"
#include "whosaid/whosaid.hpp"

namespace py = pybind11;

namespace {

// The UTF-8 bytes of a str, owned by the str (valid while the caller holds it, GIL or not).
// A str with a lone surrogate has no UTF-8 form: UnicodeEncodeError, which __init__.py handles.
std::string_view utf8_of(const py::str& text) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (!data) throw py::error_already_set();
    return {data, static_cast<std::size_t>(size)};
}

// A str's UTF-8, or the bytes of a bytes object as they are (the core repairs invalid UTF-8,
// as the CLI does for a file). Both objects are immutable: safe to read without the GIL.
std::string_view text_of(const py::handle& text) {
    if (PyUnicode_Check(text.ptr())) return utf8_of(py::reinterpret_borrow<py::str>(text));
    char* data = nullptr;
    Py_ssize_t size = 0;
    if (!PyBytes_Check(text.ptr()) || PyBytes_AsStringAndSize(text.ptr(), &data, &size) != 0)
        throw py::type_error("whosaid: expected str or bytes");
    return {data, static_cast<std::size_t>(size)};
}

py::str json_str(const std::string& json) {
    PyObject* s = PyUnicode_DecodeUTF8(json.data(), static_cast<Py_ssize_t>(json.size()), "strict");
    if (!s) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(s);
}

// text: str or UTF-8 bytes. max_input_bytes: negative = the core's default (256 MiB), 0 = no
// limit. utf16: offsets in UTF-16 code units (the CLI's JSON, byte for byte) instead of code points.
py::str annotate_json(const py::object& text, long long max_input_bytes, bool utf16) {
    const std::string_view utf8 = text_of(text);
    whosaid::Options options;
    if (max_input_bytes >= 0) options.max_input_bytes = static_cast<std::size_t>(max_input_bytes);
    const auto unit = utf16 ? whosaid::OffsetUnit::Utf16 : whosaid::OffsetUnit::CodePoint;
    std::string json;
    {
        py::gil_scoped_release no_gil;
        json = whosaid::to_json(whosaid::annotate(utf8, options), -1, unit);
    }
    return json_str(json);
}

// Parallel lists, checked by __init__.py: file names, texts, dates ("YYYY-MM-DD" or None).
py::str session_json(const std::vector<std::string>& files, const std::vector<py::str>& texts,
                     const std::vector<std::optional<std::string>>& dates) {
    if (files.size() != texts.size() || dates.size() != texts.size())
        throw std::invalid_argument("session: files, texts and dates differ in length");
    std::vector<whosaid::SessionInput> inputs(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        inputs[i].file = files[i];
        inputs[i].text = std::string(utf8_of(texts[i]));
        if (dates[i]) {
            inputs[i].date = whosaid::parse_iso_date(*dates[i]);
            if (!inputs[i].date)
                throw std::invalid_argument("session: article " + std::to_string(i + 1) + ": date must be YYYY-MM-DD, got " + *dates[i]);
        }
    }
    std::string json;
    {
        py::gil_scoped_release no_gil;
        json = whosaid::session_to_json(whosaid::build_session(inputs), -1, whosaid::OffsetUnit::CodePoint);
    }
    return json_str(json);
}

}  // namespace

PYBIND11_MODULE(_core, m) {
    m.doc() = "whosaid's C++ core; use the whosaid package, not this module.";
    // The core refuses input over its size limit: a ValueError subclass callers can catch.
    py::register_exception<whosaid::InputError>(m, "InputError", PyExc_ValueError);
    m.def("annotate_json", &annotate_json, py::arg("text"), py::arg("max_input_bytes"), py::arg("utf16"));
    m.def("session_json", &session_json, py::arg("files"), py::arg("texts"), py::arg("dates"));
    m.attr("version") = whosaid::kVersion;
}
