#pragma once
/// kg's error hierarchy. Bad records are reported and skipped (InputError);
/// bad configuration or usage is fatal (SchemaError, UsageError).
#include <cstddef>
#include <stdexcept>
#include <string>

namespace kg {

/// Base of every error kg throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An input file that cannot be read or parsed. what() is "FILE:LINE:COLUMN: error: MESSAGE".
class InputError : public Error {
public:
    InputError(std::string file, std::size_t line, std::size_t column, std::string message);
    const std::string& file() const { return file_; }
    std::size_t line() const { return line_; }
    std::size_t column() const { return column_; }
    const std::string& message() const { return message_; }

private:
    std::string file_;
    std::size_t line_;
    std::size_t column_;
    std::string message_;
};

/// A schema file (gazetteer, patterns) that is malformed: fatal.
class SchemaError : public Error {
public:
    using Error::Error;
};

/// The command line asks for something impossible: exit code 2.
class UsageError : public Error {
public:
    using Error::Error;
};

/// A query names no entity, or more than one: exit code 2.
class LookupError : public Error {
public:
    using Error::Error;
};

/// Line and column (1-based, column in characters) of a byte offset in text.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
TextPosition position_of(const std::string& text, std::size_t offset);

}  // namespace kg
