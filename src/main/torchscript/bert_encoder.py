#!/usr/bin/env python3
"""RelEx Curator's BERT forward pass as a TorchScript program, for the reduced-precision mode.

The program has no parameters: the Java side passes the model's tensors, read from its
model.safetensors, as one list in the order of `BertWeights.asList()`. It is scripted with
Debian's python3-torch and saved as
resources/org/relexcurator/inference/djl/bert_encoder.pt; libtorch compiles the saved
source again when DJL loads it, so the file works with the libtorch the program bundles.

Linear layers and attention run in bfloat16 (oneDNN uses AVX512-BF16 or AMX where the CPU has
them); residual sums, LayerNorm and softmax stay in float32, as PyTorch's CPU autocast keeps them,
so that the scores move little.

Make the .pt again after changing this file:
  /usr/bin/python3 src/main/torchscript/bert_encoder.py \
      resources/org/relexcurator/inference/djl/bert_encoder.pt
"""
import math
import sys
from typing import Final, List

import torch



class BertEncoder(torch.nn.Module):
    # Word, position and token-type-0 embeddings, their LayerNorm's scale and shift.
    embedding_tensors: Final[int] = 5
    # qkv weight, bias; attention output weight, bias, norm scale, shift; intermediate weight,
    # bias; output weight, bias, norm scale, shift.
    tensors_per_layer: Final[int] = 12

    def activation(self, x: torch.Tensor, name: str) -> torch.Tensor:
        if name == "gelu":
            return torch.nn.functional.gelu(x)
        if name == "relu":
            return torch.relu(x)
        # gelu_new and gelu_pytorch_tanh: the tanh approximation.
        return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi)
                                           * (x + 0.044715 * torch.pow(x, 3.0))))

    def linear(self, x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.linear(x.to(weight.dtype), weight, bias)

    @torch.jit.export
    def lower(self, weights: List[torch.Tensor]) -> List[torch.Tensor]:
        """The weights as the forward pass wants them: matrices and their biases in bfloat16."""
        lowered: List[torch.Tensor] = []
        for i, w in enumerate(weights):
            in_layer = self.embedding_tensors <= i < len(weights) - 4
            position = (i - self.embedding_tensors) % self.tensors_per_layer
            # qkv, attention output, intermediate, output: weight and bias; not the norms.
            if in_layer and position in [0, 1, 2, 3, 6, 7, 8, 9]:
                lowered.append(w.to(torch.bfloat16).contiguous())
            else:
                # A copy libtorch owns: DJL's arrays may borrow memory the caller frees next.
                lowered.append(w.clone())
        return lowered

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                weights: List[torch.Tensor], heads: int, eps: float, activation: str,
                padded: bool) -> torch.Tensor:
        batch = input_ids.size(0)
        length = input_ids.size(1)
        hidden_size = weights[0].size(1)
        head_size = hidden_size // heads
        positions = torch.arange(length, dtype=torch.long, device=input_ids.device)
        x = weights[0][input_ids] + weights[2] + weights[1][positions]
        x = torch.nn.functional.layer_norm(x, [hidden_size], weights[3], weights[4], eps)
        # transformers masks padding with float32's lowest value, not minus infinity.
        mask = ((attention_mask == 0).to(torch.float32) * -3.4028234663852886e38).view(
            batch, 1, 1, length)
        layers = (len(weights) - self.embedding_tensors - 4) // self.tensors_per_layer
        scale = 1.0 / math.sqrt(head_size)
        for layer in range(layers):
            w = weights[self.embedding_tensors + layer * self.tensors_per_layer:
                        self.embedding_tensors + (layer + 1) * self.tensors_per_layer]
            qkv = self.linear(x, w[0], w[1]).view(batch, length, 3, heads, head_size)
            qkv = qkv.permute(2, 0, 3, 1, 4)
            scores = torch.matmul(qkv[0], qkv[1].transpose(-1, -2)).to(torch.float32) * scale
            if padded:
                scores = scores + mask
            probabilities = torch.softmax(scores, -1).to(qkv.dtype)
            context = torch.matmul(probabilities, qkv[2])
            context = context.transpose(1, 2).reshape(batch, length, hidden_size)
            attended = self.linear(context, w[2], w[3]).to(torch.float32) + x
            attended = torch.nn.functional.layer_norm(attended, [hidden_size], w[4], w[5], eps)
            inner = self.activation(self.linear(attended, w[6], w[7]), activation)
            output = self.linear(inner, w[8], w[9]).to(torch.float32) + attended
            x = torch.nn.functional.layer_norm(output, [hidden_size], w[10], w[11], eps)
        pooled = torch.tanh(torch.nn.functional.linear(x[:, 0], weights[-4], weights[-3]))
        return torch.nn.functional.linear(pooled, weights[-2], weights[-1])


if __name__ == "__main__":
    torch.jit.script(BertEncoder()).save(sys.argv[1])
