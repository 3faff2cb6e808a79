#ifndef IVT_ALLOCA_H
#define IVT_ALLOCA_H
#define alloca __builtin_alloca
#endif
