#!/usr/bin/env bash
# Runs on the GPU machine: reference logits from the installed transformers (CPU and CUDA),
# a DJL JNI library built against the installed libtorch, and RelEx Curator's Java engine on the GPU.
set -uo pipefail
T=$(python3 -c "import torch,os;print(os.path.dirname(torch.__file__))")
M=.devcarry/models/tiny-gelu
echo "== versions"; python3 -c "import torch,transformers,tokenizers;print('torch',torch.__version__,'cuda',torch.version.cuda,'transformers',transformers.__version__,'tokenizers',tokenizers.__version__, 'cxx11abi', torch._C._GLIBCXX_USE_CXX11_ABI)"; nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
echo "== python reference (fast tokenizer), cpu and cuda"
python3 src/test/python/reference_logits.py --model $M --out $OUT/ref-cpu.json 2>&1 | tail -3
python3 src/test/python/reference_logits.py --model $M --device cuda --out $OUT/ref-cuda.json 2>&1 | tail -3
echo "== build DJL JNI against this libtorch"
K=.devcarry/djljni; S=$K/engines/pytorch/pytorch-native/src/main/native; mkdir -p /tmp/jni
CUDAINC=$(ls -d /usr/local/cuda/include 2>/dev/null || echo /usr/local/cuda/include)
NVINC=$(python3 -c "import nvidia,os;print(' '.join('-I'+os.path.join(p,d,'include') for p in nvidia.__path__ for d in os.listdir(p) if os.path.isdir(os.path.join(p,d,'include'))))" 2>/dev/null)
FLAGS="-O2 -fPIC -std=c++17 -DUSE_CUDA -D_GLIBCXX_USE_CXX11_ABI=1 -I$K/build/include -I$K/jdkinc -I$K/jdkinc/linux -I$K/api/src/main/native -I$T/include -I$T/include/torch/csrc/api/include -I$CUDAINC $NVINC"
ls $S/*.cc | xargs -P 16 -I{} sh -c 'g++ '"$FLAGS"' -c {} -o /tmp/jni/$(basename {} .cc).o 2>/tmp/jni/$(basename {} .cc).err || (echo FAIL {}; head -30 /tmp/jni/$(basename {} .cc).err)'
g++ -shared -o /tmp/jni/libdjl_torch.so /tmp/jni/*.o -L$T/lib -ltorch -ltorch_cpu -ltorch_cuda -lc10 -lc10_cuda -Wl,-rpath,$T/lib && cp /tmp/jni/libdjl_torch.so $T/lib/ && echo "JNI built"
echo "== Java engine on the GPU"
tar xzf .devcarry/jre17.tgz -C /tmp
export PYTORCH_LIBRARY_PATH=$T/lib PYTORCH_VERSION=$(python3 -c "import torch;print(torch.__version__.split('+')[0])") PYTORCH_FLAVOR=cu130 OPT_OUT_TRACKING=true DJL_CACHE_DIR=/tmp/djl
mapfile -t S < <(python3 -c "import json;[print(s['text']) for s in json.load(open('src/test/resources/parity/tiny-gelu.json'))['singles']]")
args=(); for s in "${S[@]}"; do args+=(--text "$s"); done
for dev in gpu cpu; do
  /tmp/jre17/bin/java -Dai.djl.offline=true -cp ".devcarry/app/*" org.relexcurator.cli.Main predict --model $M --device $dev --json --tokens "${args[@]}" > $OUT/java-$dev.jsonl 2> $OUT/java-$dev.err; echo "java $dev exit $?"; tail -3 $OUT/java-$dev.err
done
python3 .devcarry/compare.py
