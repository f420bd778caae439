<#
.SYNOPSIS
  Build the SafeSpace Desktop installer for Windows in one command:
  dist\safespace-desktop-VERSION-windows-x64-setup.exe

.DESCRIPTION
  Run from the source folder on a Windows 10/11 PC that has Python 3.11 (python.org,
  "py" launcher) and NSIS 3 (makensis):

    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1

  With no internet on that PC, first make a wheelhouse elsewhere (installer/windows/wheelhouse
  on Linux), copy it over, and add -Wheelhouse PATH. The steps:
    1. a build venv in build\installer-venv-win (never the development .venv)
    2. the app and PyInstaller into it (pyproject's optional group "installer")
    3. the icon (.ico) rendered from resources\icons\safespace.svg
    4. PyInstaller one-folder bundle from installer\pyinstaller\safespace.spec
    5. a check: safespace-admin.exe --version and self-test
    6. makensis installer\windows\safespace.nsi -> the setup .exe in dist\
#>
param(
    [string]$Wheelhouse = "",
    [string]$Python = "",
    [string]$Makensis = ""
)
$ErrorActionPreference = "Stop"

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host ""
    Write-Host "==> $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Version = (Select-String -Path "src\safespace_desktop\__init__.py" -Pattern '^__version__ = "(.+)"$').Matches[0].Groups[1].Value
if (-not $Version) { throw "No __version__ in src\safespace_desktop\__init__.py" }
$Work = Join-Path $Root "build\windows"
$Dist = Join-Path $Root "dist"
$Venv = Join-Path $Root "build\installer-venv-win"
$VenvPython = Join-Path $Venv "Scripts\python.exe"

if (-not (Test-Path $VenvPython)) {
    Invoke-Step "Creating the build venv" {
        if ($Python) { & $Python -m venv $Venv } else { & py -3.11 -m venv $Venv }
    }
}
Invoke-Step "Installing the app and PyInstaller into the build venv" {
    if ($Wheelhouse) {
        & $VenvPython -m pip install --no-index --find-links $Wheelhouse ".[installer]"
    } else {
        & $VenvPython -m pip install ".[installer]"
    }
}
Invoke-Step "Rendering the icon" {
    & $VenvPython installer\tools\render_icons.py (Join-Path $Work "icons")
}
$Icon = Join-Path $Work "icons\safespace.ico"
$env:SAFESPACE_ICON_ICO = $Icon
Invoke-Step "PyInstaller one-folder bundle" {
    & $VenvPython -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath (Join-Path $Work "dist") --workpath (Join-Path $Work "work") `
        installer\pyinstaller\safespace.spec
}
$Bundle = Join-Path $Work "dist\safespace-desktop"
# safespace-desktop.exe is a window program (no console output), so the console twin
# safespace-admin.exe, from the same bundle, is the one checked here.
Invoke-Step "Checking the bundle (version)" { & (Join-Path $Bundle "safespace-admin.exe") --version }
Invoke-Step "Checking the bundle (self-test)" { & (Join-Path $Bundle "safespace-admin.exe") self-test }

if (-not $Makensis) {
    $Found = Get-Command makensis.exe -ErrorAction SilentlyContinue
    if ($Found) { $Makensis = $Found.Source }
    foreach ($Candidate in @("${env:ProgramFiles(x86)}\NSIS\makensis.exe", "$env:ProgramFiles\NSIS\makensis.exe")) {
        if (-not $Makensis -and (Test-Path $Candidate)) { $Makensis = $Candidate }
    }
}
if (-not $Makensis) { throw "makensis.exe not found: install NSIS 3 or pass -Makensis PATH" }
New-Item -ItemType Directory -Force -Path $Dist | Out-Null
$Setup = Join-Path $Dist "safespace-desktop-$Version-windows-x64-setup.exe"
$SizeKib = [int]((Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1024)
Invoke-Step "Making the installer with NSIS" {
    & $Makensis /WX /INPUTCHARSET UTF8 "/DVERSION=$Version" "/DBUNDLE_DIR=$Bundle" `
        "/DOUTFILE=$Setup" "/DICON=$Icon" "/DBUNDLE_SIZE_KIB=$SizeKib" installer\windows\safespace.nsi
}
Write-Host ""
Write-Host "Done: $Setup"
