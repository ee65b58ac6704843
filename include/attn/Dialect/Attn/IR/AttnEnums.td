//===- AttnEnums.td - enumerations of the attn dialect ----*- tablegen -*-===//
//
// Mask kinds, KV-cache layouts, RoPE flavours and kernel strategies.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNENUMS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNENUMS_TD

include "mlir/IR/EnumAttr.td"

def Attn_MaskKind : I32EnumAttr<"MaskKind", "attention mask kind", [
    I32EnumAttrCase<"None", 0, "none">,
    I32EnumAttrCase<"Causal", 1, "causal">,
    I32EnumAttrCase<"Custom", 2, "custom">,
    I32EnumAttrCase<"BlockSparse", 3, "block_sparse">]> {
  let cppNamespace = "::mlir::attn";
  let genSpecializedAttr = 0;
}

def Attn_KVLayout : I32EnumAttr<"KVLayout", "paged KV cache page layout", [
    // [num_pages, page_size, num_kv_heads, head_dim]
    I32EnumAttrCase<"NHD", 0, "nhd">,
    // [num_pages, num_kv_heads, page_size, head_dim]
    I32EnumAttrCase<"HND", 1, "hnd">]> {
  let cppNamespace = "::mlir::attn";
  let genSpecializedAttr = 0;
}

def Attn_RopeKind : I32EnumAttr<"RopeKind", "rotary position embedding flavour", [
    // freq_i = scale^-1 * theta^(-2i/rotary_dim)
    I32EnumAttrCase<"Llama", 0, "llama">,
    // Llama 3.1 frequency scaling (factor, low/high frequency factors, original context).
    I32EnumAttrCase<"Llama3", 1, "llama3">]> {
  let cppNamespace = "::mlir::attn";
  let genSpecializedAttr = 0;
}

def Attn_Strategy : I32EnumAttr<"Strategy", "kernel strategy chosen by attn-plan", [
    // CUDA cores, one query row per request, query heads of a KV group packed in a CTA.
    I32EnumAttrCase<"Decode", 0, "decode">,
    // Tensor cores over a tile of query rows.
    I32EnumAttrCase<"Prefill", 1, "prefill">]> {
  let cppNamespace = "::mlir::attn";
  let genSpecializedAttr = 0;
}

// A step of the tensor-core turns of attn.mma_turn (an op argument: a specialized attribute).
def Attn_MmaTurnKind : I32EnumAttr<"MmaTurnKind", "a step of attn.mma_turn", [
    I32EnumAttrCase<"Start", 0, "start">, I32EnumAttrCase<"Acquire", 1, "acquire">,
    I32EnumAttrCase<"Release", 2, "release">]> {
  let cppNamespace = "::mlir::attn";
}

#endif // ATTN_DIALECT_ATTN_IR_ATTNENUMS_TD
