#include "CLineEdit.h"
#include <histedit.h>
int clineedit_version(void) { return LIBEDIT_MAJOR * 100 + LIBEDIT_MINOR; }
