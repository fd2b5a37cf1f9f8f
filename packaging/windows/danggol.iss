; Inno Setup script for 단골 Desktop on Windows, compiled by packaging/windows/build_windows.sh (make
; package-windows) with Inno Setup 6 under Wine, or on Windows after `pyinstaller packaging\danggol.spec`.
; Korean installer text; installs for the signed-in person only (no administrator password: a shop PC's merchant often
; has none), into their own Programs folder; Start-menu and desktop shortcuts; uninstalling removes the program only:
; the shop's data in %APPDATA%\danggol is kept. Needs Windows 10 version 1703 or later (Qt takes ICU from Windows).
; The file is UTF-8 with a byte-order mark, which is how Inno Setup knows it is not in the ANSI code page.

#define AppName "단골"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\danggol"
#endif

[Setup]
AppId={{6C4E1E2A-3F0B-4C57-9F4F-0D2B5C6A9E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=단골 Desktop
; the person's own Programs folder, where {autopf} points for an install without administrator rights; spelled out
; because Wine lacks that known folder, and the build installs this very installer under Wine to test it
DefaultDirName={localappdata}\Programs\Danggol
PrivilegesRequired=lowest
MinVersion=10.0.15063
DefaultGroupName={#AppName}
OutputBaseFilename=danggol-setup-{#AppVersion}
; every file the installer carries, listed by the compiler: the build compares it with the bundle
OutputManifestFile=danggol-setup-{#AppVersion}-manifest.txt
SetupIconFile=..\..\assets\icons\danggol.ico
UninstallDisplayIcon={app}\danggol.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=no

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "바탕화면에 바로가기 만들기"; GroupDescription: "바로가기:"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\danggol.exe"
Name: "{group}\{#AppName} 지우기"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\danggol.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\danggol.exe"; Description: "단골 바로 시작하기"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: the data folder (%APPDATA%\danggol) stays after uninstalling.
