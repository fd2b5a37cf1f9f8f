; Inno Setup script for 단골 Desktop on Windows. Build the bundle first (pyinstaller packaging\danggol.spec),
; then compile this script with Inno Setup 6. Korean installer text; Start-menu and desktop shortcuts;
; uninstalling removes the program only: the shop's data in %APPDATA%\danggol is kept.

#define AppName "단골"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C4E1E2A-3F0B-4C57-9F4F-0D2B5C6A9E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=단골 Desktop
DefaultDirName={autopf}\Danggol
DefaultGroupName={#AppName}
OutputBaseFilename=danggol-setup-{#AppVersion}
SetupIconFile=..\..\assets\icons\danggol.ico
UninstallDisplayIcon={app}\danggol.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
ShowLanguageDialog=no

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "바탕화면에 바로가기 만들기"; GroupDescription: "바로가기:"

[Files]
Source: "..\..\dist\danggol\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\danggol.exe"
Name: "{group}\{#AppName} 지우기"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\danggol.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\danggol.exe"; Description: "단골 바로 시작하기"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: the data folder (%APPDATA%\danggol) stays after uninstalling.
