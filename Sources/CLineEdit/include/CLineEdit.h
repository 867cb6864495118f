#ifndef CLINEEDIT_H
#define CLINEEDIT_H
// Fixed-arity wrappers over libedit (histedit.h); see shim.c. Nothing but LineEditor imports this.
#include <stdio.h>
int clineedit_version(void);
#endif
