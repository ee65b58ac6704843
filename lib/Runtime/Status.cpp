//===- Status.cpp - Status, error construction and string formatting ------===//
#include "attn-rt/Status.h"

#include <cstdarg>
#include <cstdio>

namespace attn::rt {

const char *statusCodeName(StatusCode code) {
  switch (code) {
  case StatusCode::Ok: return "ok";
  case StatusCode::InvalidArgument: return "invalid_argument";
  case StatusCode::ParseError: return "parse_error";
  case StatusCode::NotFound: return "not_found";
  case StatusCode::IoError: return "io_error";
  case StatusCode::DriverUnavailable: return "driver_unavailable";
  case StatusCode::DriverError: return "driver_error";
  case StatusCode::CapacityExceeded: return "capacity_exceeded";
  case StatusCode::Mismatch: return "mismatch";
  case StatusCode::NotReady: return "not_ready";
  case StatusCode::Internal: return "internal";
  }
  return "unknown";
}

Status &Status::withContext(const std::string &context) {
  if (!isOk())
    message_ = context + ": " + message_;
  return *this;
}

static std::string vformat(const char *fmt, va_list args) {
  char small[256];
  va_list copy;
  va_copy(copy, args);
  int n = std::vsnprintf(small, sizeof(small), fmt, copy);
  va_end(copy);
  if (n < 0)
    return fmt;
  if (size_t(n) < sizeof(small))
    return std::string(small, size_t(n));
  std::string big(size_t(n) + 1, '\0');
  std::vsnprintf(big.data(), big.size(), fmt, args);
  big.resize(size_t(n));
  return big;
}

std::string formatString(const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  std::string s = vformat(fmt, args);
  va_end(args);
  return s;
}

Status makeError(StatusCode code, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  std::string s = vformat(fmt, args);
  va_end(args);
  return Status(code, std::move(s));
}

} // namespace attn::rt
