//===- FileUtil.h - reading bundle files (internal) -------------*- C++ -*-===//
#ifndef ATTN_RT_LIB_FILEUTIL_H
#define ATTN_RT_LIB_FILEUTIL_H

#include "attn-rt/Status.h"

#include <string>

namespace attn::rt::detail {

/// The whole file at `path` (a manifest, an index or a binary of a bundle): NotFound when it
/// does not exist, IoError when it cannot be opened or read or exceeds 1 GiB.
Status readFile(const std::string &path, std::string *out);

} // namespace attn::rt::detail

#endif // ATTN_RT_LIB_FILEUTIL_H
