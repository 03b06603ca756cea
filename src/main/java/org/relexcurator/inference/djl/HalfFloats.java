package org.relexcurator.inference.djl;

/**
 * Exact widening of 16-bit floats to float32 (Java 17 has no {@code Float.float16ToFloat}). Every
 * F16 and BF16 value is representable in float32, so no rounding happens.
 */
final class HalfFloats {

  private HalfFloats() {}

  static float halfToFloat(short half) {
    int bits = half & 0xffff;
    int sign = (bits & 0x8000) << 16;
    int exponent = (bits >>> 10) & 0x1f;
    int mantissa = bits & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
    }
    if (exponent == 0) {
      float subnormal = mantissa * 0x1p-24f;
      return sign == 0 ? subnormal : -subnormal;
    }
    return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
  }

  static float bfloat16ToFloat(short bfloat) {
    return Float.intBitsToFloat((bfloat & 0xffff) << 16);
  }
}
