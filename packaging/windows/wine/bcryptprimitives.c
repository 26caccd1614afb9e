/* Stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks: used only under Wine by
 * packaging/windows/build_under_wine.sh, never shipped. cryptography's Rust core imports
 * ProcessPrng (the system's random generator); Wine's RtlGenRandom gives the same service. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, advapi32 */

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
