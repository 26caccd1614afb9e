/* Stand-in for Windows' mscms.dll (colour management) under Wine 8, whose own mscms.dll lacks
 * WcsCreateIccProfile, so Qt's windows platform plugin cannot load and no window opens. Used only
 * by packaging/windows/build_under_wine.sh (as a native override), never shipped. It exports the
 * four functions the plugin imports and reports that no colour profile is available, which Qt
 * handles by assuming sRGB. */
#include <windows.h>

HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD sharing, DWORD creation)
{
    (void)profile; (void)access; (void)sharing; (void)creation;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }

BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size)
{
    (void)profile; (void)buffer; (void)size;
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}

HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options)
{
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
