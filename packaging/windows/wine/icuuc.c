/* Stand-in for Windows' icuuc.dll (ICU, part of Windows 10 1703+), which Wine 8 lacks: used only
 * under Wine by packaging/windows/build_under_wine.sh, never shipped. Qt6Core imports ICU's
 * converters for legacy text encodings; the app reads and writes UTF-8 only, so every converter is
 * reported as unavailable (U_FILE_ACCESS_ERROR, what ICU says for an unknown converter) and Qt
 * falls back to its built-in UTF codecs. */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

static void fail(UErrorCode *status)
{
    if (status && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
}

void *ucnv_open(const char *name, UErrorCode *status) { (void)name; fail(status); return NULL; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{
    (void)name; (void)standard; fail(status); return NULL;
}
int ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }

/* The rest take a converter, and none can have been opened: never called. */
void ucnv_close(void *converter) { (void)converter; }
void ucnv_reset(void *converter) { (void)converter; }
int ucnv_getMaxCharSize(void *converter) { (void)converter; return 1; }
const char *ucnv_getName(void *converter, UErrorCode *status) { (void)converter; fail(status); return NULL; }
void ucnv_getToUCallBack(void) {}
void ucnv_getFromUCallBack(void) {}
void ucnv_setToUCallBack(void) {}
void ucnv_setFromUCallBack(void) {}
void ucnv_cbToUWriteUChars(void) {}
void ucnv_cbFromUWriteUChars(void) {}
void ucnv_toUnicode(void) {}
void ucnv_fromUnicode(void) {}
int ucnv_toUCountPending(void) { return 0; }
int ucnv_fromUCountPending(void) { return 0; }
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
