; Inno Setup script of the Windows installer for Samverkan Desktop.
;
; Built by .github/workflows/windows.yml after `pyinstaller build.spec`, from the frozen one-folder build in
; dist\samverkan-desktop\ (both programs and their shared _internal\ folder):
;     iscc /DAppVersion=<version from pyproject.toml> installer\samverkan.iss
; The fallback version below must equal pyproject's (tests/test_installer.py checks it, and that every Source
; here is something build.spec produces).
;
; Per user without administrator rights by default (Program Files only when the user chooses "for all users" and
; can elevate). The uninstaller removes only what this installer put in the program folder: the user's data
; folder (%LOCALAPPDATA%\samverkan-desktop: database, backups, settings, logs) is never touched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Samverkan Desktop"
#define AppExe "samverkan-desktop.exe"
#define CliExe "samverkan.exe"
#define DistDir "..\dist\samverkan-desktop"
#define ReviewExt ".granskning"
#define ReviewProgId "SamverkanDesktop.Granskningsfil"

[Setup]
AppId={{6F0C2B4E-8A51-4C7D-9E3B-2D5A7F1C9E84}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Samverkan Desktop
VersionInfoVersion={#AppVersion}
VersionInfoCompany=Samverkan Desktop
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=samverkan-desktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\samverkan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Review files (granskningsfiler) open in review mode: samverkan-desktop --review "file". HKA is HKCU for a
; per-user install and HKLM for all users.
Root: HKA; Subkey: "Software\Classes\{#ReviewExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ReviewProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ReviewExt}"; ValueType: string; ValueName: ""; ValueData: "{#ReviewProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ReviewProgId}"; ValueType: string; ValueName: ""; ValueData: "Granskningsfil för Samverkan Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ReviewProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ReviewProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --review ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder is left alone on purpose (the minutes are the only record of what a group decided); say where
  it is, so that a user who wants it gone can remove it and one who reinstalls knows it is still there. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\samverkan-desktop');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox('Programmet är avinstallerat. Dina data (databas, säkerhetskopior, inställningar och loggar) finns kvar i ' +
        DataDir + '. Ta bort mappen själv om du inte längre behöver dem.', mbInformation, MB_OK);
  end;
end;
