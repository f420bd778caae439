; NSIS installer for SafeSpace Desktop on Windows: per user, no administrator rights, offline.
;
;   makensis /DVERSION=1.2.3 /DBUNDLE_DIR=path\to\safespace-desktop /DOUTFILE=setup.exe
;            [/DICON=safespace.ico] installer\windows\safespace.nsi
;
; BUNDLE_DIR is the PyInstaller one-folder build (safespace-desktop.exe, safespace-admin.exe
; and _internal\). installer\windows\build.ps1 runs all of this on a Windows PC; on Linux,
; installer\windows\check-nsis compiles it against a stand-in folder so it cannot rot.
; The program goes to %LOCALAPPDATA%\Programs\SafeSpace Desktop. The vaults live
; elsewhere (the app's data folder) and the uninstaller never deletes them.

!ifndef VERSION
  !error "Pass /DVERSION=x.y.z (build.ps1 reads it from src\safespace_desktop\__init__.py)"
!endif
!ifndef BUNDLE_DIR
  !error "Pass /DBUNDLE_DIR=the PyInstaller one-folder build"
!endif
!ifndef VERSION_NUMERIC  ; Windows wants four numbers; pass it for a version like 1.0.0rc1
  !define VERSION_NUMERIC "${VERSION}.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "safespace-desktop-${VERSION}-windows-x64-setup.exe"
!endif

!define APP_NAME "SafeSpace Desktop"
!define APP_EXE "safespace-desktop.exe"
!define PUBLISHER "The SafeSpace volunteers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SafeSpaceDesktop"
!define SETTINGS_KEY "Software\SafeSpace Desktop"

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user  ; never asks for an administrator
Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

!include "MUI2.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UninstallKeepsVaults)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "French"

LangString WelcomeText ${LANG_ENGLISH} "This puts ${APP_NAME} ${VERSION} on this computer, for your Windows account only. It needs no administrator password and no internet.$\r$\n$\r$\nSafeSpace never connects to any network. Everything you type in it is encrypted on this computer."
LangString WelcomeText ${LANG_SPANISH} "Esto instala ${APP_NAME} ${VERSION} en este ordenador, solo para tu cuenta de Windows. No necesita contraseña de administrador ni internet.$\r$\n$\r$\nSafeSpace nunca se conecta a ninguna red. Todo lo que escribes se cifra en este ordenador."
LangString WelcomeText ${LANG_FRENCH} "Ceci installe ${APP_NAME} ${VERSION} sur cet ordinateur, pour votre compte Windows seulement. Aucun mot de passe administrateur ni connexion internet n'est nécessaire.$\r$\n$\r$\nSafeSpace ne se connecte jamais à aucun réseau. Tout ce que vous y écrivez est chiffré sur cet ordinateur."
LangString UninstallKeepsVaults ${LANG_ENGLISH} "This removes the ${APP_NAME} program. Your vaults are kept: they stay in your SafeSpace data folder until you delete them yourself."
LangString UninstallKeepsVaults ${LANG_SPANISH} "Esto quita el programa ${APP_NAME}. Tus bóvedas se conservan: quedan en tu carpeta de datos de SafeSpace hasta que tú las borres."
LangString UninstallKeepsVaults ${LANG_FRENCH} "Ceci retire le programme ${APP_NAME}. Vos coffres sont conservés : ils restent dans votre dossier de données SafeSpace jusqu'à ce que vous les supprimiez vous-même."

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "SafeSpace Desktop" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder's contents but never touches the vaults.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  !ifdef BUNDLE_SIZE_KIB
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${BUNDLE_SIZE_KIB}
  !endif
SectionEnd

Section "Uninstall"
  ; Only what the installer put here; the vaults (in the data folder) are never touched.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\safespace-desktop.exe"
  Delete "$INSTDIR\safespace-admin.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if nothing else is left in it
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
