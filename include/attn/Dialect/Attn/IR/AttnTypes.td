//===- AttnTypes.td - types of the attn dialect -----------*- tablegen -*-===//
//
// KV sources: !attn.paged_kv and !attn.ragged_kv.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNTYPES_TD
#define ATTN_DIALECT_ATTN_IR_ATTNTYPES_TD

include "attn/Dialect/Attn/IR/AttnDialect.td"
include "attn/Dialect/Attn/IR/AttnEnums.td"

def Attn_PagedKVType : Attn_Type<"PagedKV", "paged_kv"> {
  let summary = "a paged KV cache with its page table";
  let description = [{
    K and V live in pools of fixed-size pages, `[num_pages, page_size, num_heads, head_dim]`
    (`nhd`) or `[num_pages, num_heads, page_size, head_dim]` (`hnd`). Request `b` owns pages
    `indices[indptr[b] .. indptr[b+1])`, all full except the last, which holds
    `last_page_len[b]` tokens (1 .. page_size). Built by `attn.paged_kv`.

    ```mlir
    !attn.paged_kv<page_size = 16, layout = nhd, num_heads = 8, head_dim = 128,
                   element_type = bf16>
    ```
  }];
  let parameters = (ins
    "int64_t":$page_size,
    EnumParameter<Attn_KVLayout>:$layout,
    "int64_t":$num_heads,
    "int64_t":$head_dim,
    "::mlir::Type":$element_type);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The shape of one K (or V) page pool with a dynamic page count.
    ::llvm::SmallVector<int64_t, 4> getPoolShape() const;
  }];
}

def Attn_RaggedKVType : Attn_Type<"RaggedKV", "ragged_kv"> {
  let summary = "contiguous K and V of a batch of requests, delimited by indptr";
  let description = [{
    K and V are `[total_kv_tokens, num_heads, head_dim]`; request `b` owns rows
    `indptr[b] .. indptr[b+1]`. Built by `attn.ragged_kv`.

    ```mlir
    !attn.ragged_kv<num_heads = 8, head_dim = 128, element_type = bf16>
    ```
  }];
  let parameters = (ins
    "int64_t":$num_heads,
    "int64_t":$head_dim,
    "::mlir::Type":$element_type);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Attn_KVSourceType : AnyTypeOf<[Attn_PagedKVType, Attn_RaggedKVType],
                                  "a paged or ragged KV source">;

#endif // ATTN_DIALECT_ATTN_IR_ATTNTYPES_TD
