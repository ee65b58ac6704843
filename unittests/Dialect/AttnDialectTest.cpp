//===- AttnDialectTest.cpp - C++ API of the attn dialect ------------------===//
//
// Checks the C++ accessors that passes rely on (pool shapes, the effective softmax scale, the
// group size) and that the checked builders reject what the verifiers reject.
//
//===----------------------------------------------------------------------===//

#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mlir;
using namespace mlir::attn;

namespace {
class AttnDialectTest : public ::testing::Test {
protected:
  AttnDialectTest() {
    context.loadDialect<AttnDialect, func::FuncDialect, memref::MemRefDialect>();
  }
  MLIRContext context;
};

TEST_F(AttnDialectTest, PagedPoolShapeFollowsLayout) {
  Type bf16 = BFloat16Type::get(&context);
  auto nhd = PagedKVType::get(&context, 16, KVLayout::NHD, 8, 128, bf16);
  auto hnd = PagedKVType::get(&context, 16, KVLayout::HND, 8, 128, bf16);
  EXPECT_EQ(nhd.getPoolShape(), (SmallVector<int64_t, 4>{ShapedType::kDynamic, 16, 8, 128}));
  EXPECT_EQ(hnd.getPoolShape(), (SmallVector<int64_t, 4>{ShapedType::kDynamic, 8, 16, 128}));
}

TEST_F(AttnDialectTest, CheckedBuildersRejectBadParameters) {
  Type bf16 = BFloat16Type::get(&context);
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    message = diag.str();
    return success();
  });
  auto emit = mlir::detail::getDefaultDiagnosticEmitFn(UnknownLoc::get(&context));
  EXPECT_FALSE(PagedKVType::getChecked(emit, &context, int64_t{12}, KVLayout::NHD, int64_t{8},
                                         int64_t{128}, bf16));
  EXPECT_EQ(message, "expected page_size (12) to be a power of two");
  EXPECT_FALSE(RaggedKVType::getChecked(emit, &context, int64_t{8}, int64_t{100}, bf16));
  EXPECT_EQ(message, "expected head_dim (100) to be a positive multiple of 16");
  EXPECT_FALSE(MaskAttr::getChecked(emit, &context, MaskKind::Custom,
                                    std::optional<int64_t>(16), std::optional<int64_t>(),
                                    std::optional<int64_t>()));
  EXPECT_EQ(message, "window_left is only supported with 'none' or 'causal' masks, not 'custom'");
  EXPECT_TRUE(MaskAttr::getChecked(emit, &context, MaskKind::Causal,
                                   std::optional<int64_t>(16), std::optional<int64_t>(),
                                   std::optional<int64_t>()));
}

TEST_F(AttnDialectTest, AttentionAccessors) {
  const char *ir = R"mlir(
    func.func @f(%q: memref<?x32x128xf16>, %qi: memref<?xi32>, %k: memref<?x128xi32>,
                 %kp: memref<?x16x8x128xf16>, %ip: memref<?xi32>, %ix: memref<?xi32>,
                 %lp: memref<?xi32>, %o: memref<?x32x128xf16>) {
      %kv = attn.paged_kv k(%kp : memref<?x16x8x128xf16>) v(%kp : memref<?x16x8x128xf16>)
              indptr(%ip : memref<?xi32>) indices(%ix : memref<?xi32>)
              last_page_len(%lp : memref<?xi32>)
              : !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                               element_type = f16>
      attn.attention q(%q : memref<?x32x128xf16>) qo_indptr(%qi : memref<?xi32>)
          kv(%kv : !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                                  element_type = f16>)
          outs(%o : memref<?x32x128xf16>) {mask = #attn.mask<causal>}
      return
    })mlir";
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(ir, &context);
  ASSERT_TRUE(module);
  AttentionOp op;
  module->walk([&](AttentionOp a) { op = a; });
  ASSERT_TRUE(op);
  EXPECT_EQ(op.getNumQoHeads(), 32);
  EXPECT_EQ(op.getNumKvHeads(), 8);
  EXPECT_EQ(op.getGroupSize(), 4);
  EXPECT_EQ(op.getHeadDim(), 128);
  EXPECT_TRUE(op.isPaged());
  EXPECT_DOUBLE_EQ(op.getEffectiveSmScale(), 1.0 / std::sqrt(128.0));
  op.setSmScaleAttr(FloatAttr::get(Float32Type::get(&context), 0.5));
  EXPECT_DOUBLE_EQ(op.getEffectiveSmScale(), 0.5);
}
} // namespace
