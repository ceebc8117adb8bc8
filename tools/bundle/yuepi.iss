; Inno Setup script: the Windows installer for the bundle built by
;   .venv\Scripts\python -m PyInstaller --noconfirm tools\bundle\yuepi.spec
; then, with Inno Setup 6:  iscc tools\bundle\yuepi.iss   → dist\Yuepi-0.1.0-setup.exe
; Per-user install (no administrator rights needed), start-menu shortcut, and "Open with
; Yuepi" for .txt, .md and .docx (offered in Open With; .md can be made the default, see
; the Tasks). Keep AppVersion in step with pyproject.toml.
#define AppName "Yuepi 阅批"
#define AppVersion "0.1.0"
#define ProgId "Yuepi.Report"

[Setup]
AppId={{6B1D5C2E-8F3A-4C57-9E21-5A7B0D4C9E13}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Yuepi
DefaultDirName={autopf}\Yuepi
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Yuepi-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\yuepi.ico
UninstallDisplayIcon={app}\Yuepi.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "mddefault"; Description: "Open .md files with Yuepi"; Flags: unchecked

[Files]
Source: "..\..\dist\yuepi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Yuepi.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Yuepi.exe"; Tasks: desktopicon

[Registry]
; the ProgId the associations point at: opens one report per start; a running Yuepi
; takes it over (single instance) and shows it in a new window
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "Report (Yuepi)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: "{app}\Yuepi.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\Yuepi.exe"" ""%1"""
; offered in "Open with" for the three report formats
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.md"; ValueType: string; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: mddefault
Root: HKA; Subkey: "Software\Classes\Applications\Yuepi.exe\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\Yuepi.exe\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\Yuepi.exe\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""

[Run]
Filename: "{app}\Yuepi.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
