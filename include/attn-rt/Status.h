//===- Status.h - error status of the attn runtime -------------*- C++ -*-===//
//
// Every fallible runtime call returns a Status: a code plus a lowercase message that names the
// call, the argument and the bound ("kv_indptr[3] (12) is less than kv_indptr[2] (40)"). The
// runtime never prints, aborts or throws. The numeric codes equal the C API's attn_status_t.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_STATUS_H
#define ATTN_RT_STATUS_H

#include <string>
#include <utility>

namespace attn::rt {

/// Error classes. Values are part of the C ABI (attn_status_t) and never renumbered.
enum class StatusCode : int {
  Ok = 0,
  InvalidArgument = 1,   ///< a caller-supplied value is out of range or inconsistent
  ParseError = 2,        ///< the bundle manifest is malformed
  NotFound = 3,          ///< a file, kernel or symbol does not exist
  IoError = 4,           ///< a file could not be read
  DriverUnavailable = 5, ///< libcuda.so.1 could not be loaded or lacks an entry point
  DriverError = 6,       ///< a CUDA driver call returned an error
  CapacityExceeded = 7,  ///< the batch does not fit the capacities the workspace was sized for
  Mismatch = 8,          ///< the call does not match the kernel variant in the bundle
  NotReady = 9,          ///< an operation was called out of order (run before plan)
  Internal = 10,         ///< a broken runtime invariant
};

/// Stable lowercase name of a code ("invalid_argument").
const char *statusCodeName(StatusCode code);

class [[nodiscard]] Status {
public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status ok() { return Status(); }

  bool isOk() const { return code_ == StatusCode::Ok; }
  StatusCode code() const { return code_; }
  const std::string &message() const { return message_; }

  /// Prefixes the message with "context: " (keeps the code); no-op on success.
  Status &withContext(const std::string &context);

private:
  StatusCode code_ = StatusCode::Ok;
  std::string message_;
};

/// Builds an error Status with a printf-style message.
Status makeError(StatusCode code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/// printf into a std::string.
std::string formatString(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

} // namespace attn::rt

/// Returns from the enclosing function when `expr` yields an error Status.
#define ATTN_RT_RETURN_IF_ERROR(expr)                                          \
  do {                                                                         \
    ::attn::rt::Status attnRtStatus_ = (expr);                                 \
    if (!attnRtStatus_.isOk())                                                 \
      return attnRtStatus_;                                                    \
  } while (false)

#endif // ATTN_RT_STATUS_H
