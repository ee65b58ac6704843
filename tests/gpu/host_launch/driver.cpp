//===- driver.cpp - runs the host-launch program against float64 ----------===//
//
// The host program compiled from attention.mlir by attn-to-host (gpu.launch_func lowered to
// the mgpu* runtime wrappers, mgpu_shim.cpp here) exposes one C function per MLIR function,
// _mlir_ciface_<name>(result, q, k, v), on device memrefs. This driver fills Q, K and V with
// seeded random bf16 values, calls each function, copies the bf16 output back and compares it
// with attention computed on the host in float64 from the same bf16 inputs.
// Output: one line per case and a summary; exit status 0 when every case is within
// tolerance and no driver call failed, 1 otherwise.
//
//===----------------------------------------------------------------------===//

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

namespace {
/// A rank-3 memref descriptor as the C interface passes it.
struct MemRef3 {
  uint16_t *allocated;
  uint16_t *aligned;
  int64_t offset;
  int64_t sizes[3];
  int64_t strides[3];
};
} // namespace

extern "C" {
void *mgpuStreamCreate();
void mgpuStreamSynchronize(void *stream);
void mgpuStreamDestroy(void *stream);
void *mgpuMemAlloc(uint64_t bytes, void *stream, bool isHostShared);
void mgpuMemFree(void *ptr, void *stream);
void mgpuMemcpy(void *dst, void *src, size_t bytes, void *stream);
bool mgpuShimFailed();
void _mlir_ciface_prefill_causal(MemRef3 *result, MemRef3 *q, MemRef3 *k, MemRef3 *v);
void _mlir_ciface_decode(MemRef3 *result, MemRef3 *q, MemRef3 *k, MemRef3 *v);
}

namespace {
using Function = void (*)(MemRef3 *, MemRef3 *, MemRef3 *, MemRef3 *);

struct Case {
  const char *name;
  Function function;
  int64_t n, sq, skv, d;
  bool causal;
  double scale; // the f32 constant of attention.mlir
};

uint16_t toBF16(float x) {
  uint32_t bits;
  std::memcpy(&bits, &x, 4);
  bits += 0x7FFF + ((bits >> 16) & 1); // round to nearest even
  return static_cast<uint16_t>(bits >> 16);
}

double fromBF16(uint16_t h) {
  uint32_t bits = uint32_t(h) << 16;
  float x;
  std::memcpy(&x, &bits, 4);
  return x;
}

std::vector<uint16_t> random(size_t count, std::mt19937 &gen) {
  std::normal_distribution<float> dist(0.0f, 1.0f);
  std::vector<uint16_t> values(count);
  for (uint16_t &v : values)
    v = toBF16(dist(gen));
  return values;
}

MemRef3 toDevice(const std::vector<uint16_t> &host, int64_t a, int64_t b, int64_t c, void *stream) {
  auto *ptr = static_cast<uint16_t *>(mgpuMemAlloc(host.size() * 2, stream, false));
  mgpuMemcpy(ptr, const_cast<uint16_t *>(host.data()), host.size() * 2, stream);
  return {ptr, ptr, 0, {a, b, c}, {b * c, c, 1}};
}

/// O[n, i, :] = softmax_j(scale * Q[n, i, :] . K[n, j, :], j visible) V[n, j, :] in float64;
/// causal: key j visible to query i iff j <= i + skv - sq.
std::vector<double> reference(const Case &c, const std::vector<uint16_t> &q,
                              const std::vector<uint16_t> &k, const std::vector<uint16_t> &v) {
  std::vector<double> out(size_t(c.n * c.sq * c.d), 0.0), p(size_t(c.skv));
  for (int64_t n = 0; n < c.n; ++n)
    for (int64_t i = 0; i < c.sq; ++i) {
      double max = -INFINITY, sum = 0.0;
      int64_t end = c.causal ? std::min(c.skv, i + c.skv - c.sq + 1) : c.skv;
      for (int64_t j = 0; j < end; ++j) {
        double s = 0.0;
        for (int64_t x = 0; x < c.d; ++x)
          s += fromBF16(q[size_t((n * c.sq + i) * c.d + x)]) *
               fromBF16(k[size_t((n * c.skv + j) * c.d + x)]);
        p[size_t(j)] = s * c.scale;
        max = std::max(max, p[size_t(j)]);
      }
      for (int64_t j = 0; j < end; ++j)
        sum += p[size_t(j)] = std::exp(p[size_t(j)] - max);
      double *o = &out[size_t((n * c.sq + i) * c.d)];
      for (int64_t j = 0; j < end; ++j)
        for (int64_t x = 0; x < c.d; ++x)
          o[x] += p[size_t(j)] / sum * fromBF16(v[size_t((n * c.skv + j) * c.d + x)]);
    }
  return out;
}

/// Runs one case; true when every element is within atol + rtol * |ref|.
bool run(const Case &c, std::mt19937 &gen, double atol, double rtol) {
  std::vector<uint16_t> q = random(size_t(c.n * c.sq * c.d), gen),
                        k = random(size_t(c.n * c.skv * c.d), gen),
                        v = random(size_t(c.n * c.skv * c.d), gen);
  void *stream = mgpuStreamCreate();
  MemRef3 dq = toDevice(q, c.n, c.sq, c.d, stream), dk = toDevice(k, c.n, c.skv, c.d, stream),
          dv = toDevice(v, c.n, c.skv, c.d, stream), result{};
  mgpuStreamSynchronize(stream);
  c.function(&result, &dq, &dk, &dv);
  std::vector<uint16_t> out(q.size(), 0);
  bool shapeOk = result.sizes[0] == c.n && result.sizes[1] == c.sq && result.sizes[2] == c.d;
  if (shapeOk && result.aligned)
    mgpuMemcpy(out.data(), result.aligned + result.offset, out.size() * 2, stream);
  mgpuStreamSynchronize(stream);
  std::vector<double> ref = reference(c, q, k, v);
  double maxErr = 0.0, worst = 0.0;
  for (size_t i = 0; i < out.size(); ++i) {
    double err = std::fabs(fromBF16(out[i]) - ref[i]);
    maxErr = std::max(maxErr, err);
    worst = std::max(worst, err / (atol + rtol * std::fabs(ref[i])));
  }
  bool ok = shapeOk && worst <= 1.0 && std::isfinite(maxErr);
  std::printf("%-16s n=%lld sq=%lld skv=%lld d=%lld causal=%d  max_abs_err=%.3e  "
              "err/tol=%.3f  %s\n",
              c.name, (long long)c.n, (long long)c.sq, (long long)c.skv, (long long)c.d,
              c.causal ? 1 : 0, maxErr, worst, ok ? "PASS" : "FAIL");
  for (MemRef3 *m : {&dq, &dk, &dv})
    mgpuMemFree(m->allocated, stream);
  mgpuStreamDestroy(stream);
  return ok;
}
} // namespace

int main() {
  // bf16 output (8 significant bits) and bf16 probabilities in the P V product.
  const double atol = 1e-2, rtol = 2e-2;
  const double scale = static_cast<float>(0.0883883461);
  const Case cases[] = {
      {"prefill_causal", _mlir_ciface_prefill_causal, 8, 128, 128, 128, true, scale},
      {"decode", _mlir_ciface_decode, 32, 1, 512, 128, false, scale},
  };
  std::mt19937 gen(20261204);
  bool ok = true;
  for (const Case &c : cases)
    ok &= run(c, gen, atol, rtol);
  if (mgpuShimFailed()) {
    std::printf("a CUDA driver call failed (see above)\n");
    ok = false;
  }
  std::printf("host-launch: %s\n", ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
