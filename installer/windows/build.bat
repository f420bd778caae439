@echo off
rem Build the SafeSpace Desktop installer for Windows (see build.ps1 and installer\README.md).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0build.ps1" %*
