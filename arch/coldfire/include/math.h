/* <math.h> for wasm2c's float instructions: gcc builtins, which become
 * soft-float calls on this FPU-less core (arch/coldfire/libgcc.c if used). */
#ifndef IVT_MATH_H
#define IVT_MATH_H
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define signbit(x) __builtin_signbit(x)
double fabs(double);
float fabsf(float);
double sqrt(double);
float sqrtf(float);
double ceil(double);
float ceilf(float);
double floor(double);
float floorf(float);
double trunc(double);
float truncf(float);
double nearbyint(double);
float nearbyintf(float);
double fmin(double, double);
float fminf(float, float);
double fmax(double, double);
float fmaxf(float, float);
double copysign(double, double);
float copysignf(float, float);
#endif
