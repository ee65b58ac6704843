//===- DeviceArch.h - compute capability through a driver table (internal) -*- C++ -*-===//
//
// The driver-table form of queryComputeCapability (MultiArch.h), so unit tests can pass a
// table of fake entry points and run the device query without a GPU.
//
//===----------------------------------------------------------------------===//
#ifndef ATTN_RT_LIB_DEVICEARCH_H
#define ATTN_RT_LIB_DEVICEARCH_H

#include "DriverApi.h"

#include "attn-rt/MultiArch.h"

namespace attn::rt::detail {

/// cuDeviceGetAttribute(COMPUTE_CAPABILITY_MAJOR / _MINOR) of device `ordinal`, or of the
/// current context's device (cuCtxGetCurrent, cuCtxGetDevice) when `ordinal` is -1.
Status queryComputeCapability(const DriverApi &drv, int ordinal, ComputeCapability *out);

} // namespace attn::rt::detail

#endif // ATTN_RT_LIB_DEVICEARCH_H
