<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../danggol_desktop/app.py" line="73" />
        <location filename="../danggol_desktop/app.py" line="100" />
        <source>Danggol</source>
        <translation>Danggol</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="74" />
        <source>The damaged file was kept as %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="76" />
        <source>Shall we bring back the most recent backup copy?</source>
        <translation>Shall we bring back the most recent backup copy?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="77" />
        <source>Bring back the backup</source>
        <translation>Bring back the backup</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="78" />
        <source>Start with empty data</source>
        <translation>Start with empty data</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="83" />
        <source>There is no backup copy yet, so we start with empty data.</source>
        <translation>There is no backup copy yet, so we start with empty data.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../danggol_desktop/cli.py" line="31" />
        <source>The command was not understood. See 'danggol --help'.</source>
        <translation>The command was not understood. See 'danggol --help'.</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <location filename="../danggol_desktop/ui/coming_soon_page.py" line="13" />
        <source>This part is coming soon. We are getting it ready for you.</source>
        <translation>This part is coming soon. We are getting it ready for you.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/coming_soon_page.py" line="16" />
        <source>Back to the home screen</source>
        <translation>Back to the home screen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../danggol_desktop/messages.py" line="8" />
        <source>Please type a name.</source>
        <translation>Please type a name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="9" />
        <source>Please keep the name to 40 characters or fewer.</source>
        <translation>Please keep the name to 40 characters or fewer.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="10" />
        <source>The name has characters that cannot be used. Please type it again.</source>
        <translation>The name has characters that cannot be used. Please type it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="11" />
        <source>Please type a phone number with digits only, for example 010-1234-5678. You can also leave it empty.</source>
        <translation>Please type a phone number with digits only, for example 010-1234-5678. You can also leave it empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="14" />
        <source>Please choose a kind of shop from the list.</source>
        <translation>Please choose a kind of shop from the list.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="15" />
        <source>Please paste or type the channel address.</source>
        <translation>Please paste or type the channel address.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="16" />
        <source>A name starting with @ is the channel's search name, not its address. The address starts with pf.kakao.com/_ and is shown in the channel admin under 'Channel address'.</source>
        <translation>A name starting with @ is the channel's search name, not its address. The address starts with pf.kakao.com/_ and is shown in the channel admin under 'Channel address'.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="21" />
        <source>This is not a web address we can use. The channel address starts with pf.kakao.com/_</source>
        <translation>This is not a web address we can use. The channel address starts with pf.kakao.com/_</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="24" />
        <source>This address is not a KakaoTalk Channel. The channel address starts with pf.kakao.com/_ and is shown in the channel admin under 'Channel address'.</source>
        <translation>This address is not a KakaoTalk Channel. The channel address starts with pf.kakao.com/_ and is shown in the channel admin under 'Channel address'.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="29" />
        <source>The address is missing the channel part after pf.kakao.com/ (it starts with _).</source>
        <translation>The address is missing the channel part after pf.kakao.com/ (it starts with _).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="32" />
        <source>The channel part after pf.kakao.com/ should be _ followed by letters and numbers only.</source>
        <translation>The channel part after pf.kakao.com/ should be _ followed by letters and numbers only.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="35" />
        <source>This market already has a shop with that name.</source>
        <translation>This market already has a shop with that name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="36" />
        <source>No shop with that name was found.</source>
        <translation>No shop with that name was found.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="37" />
        <source>Several markets have a shop with that name. Please write it as MARKET/NAME.</source>
        <translation>Several markets have a shop with that name. Please write it as MARKET/NAME.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="40" />
        <source>This data was saved by a newer version of Danggol. Please install the newer version. Your data has been left exactly as it was.</source>
        <translation>This data was saved by a newer version of Danggol. Please install the newer version. Your data has been left exactly as it was.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="45" />
        <source>The data file is damaged and cannot be opened.</source>
        <translation>The data file is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/messages.py" line="47" />
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="19" />
        <source>Hello, owner of %1!</source>
        <translation>Hello, owner of %1!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="20" />
        <source>What would you like to do today? Press one of the big buttons.</source>
        <translation>What would you like to do today? Press one of the big buttons.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="31" />
        <source>Settings (text size, screen, shop)</source>
        <translation>Settings (text size, screen, shop)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="38" />
        <source>Write a promotion message</source>
        <translation>Write a promotion message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="38" />
        <source>Write a message for your customers, step by step</source>
        <translation>Write a message for your customers, step by step</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="39" />
        <source>Make a QR poster</source>
        <translation>Make a QR poster</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="39" />
        <source>A sign customers scan to become your channel friends</source>
        <translation>A sign customers scan to become your channel friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="40" />
        <source>Record friend count</source>
        <translation>Record friend count</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="40" />
        <source>Write down today's number and see it grow</source>
        <translation>Write down today's number and see it grow</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="41" />
        <source>Tutor mode</source>
        <translation>Tutor mode</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="41" />
        <source>For digital tutors: many shops, practice and reports</source>
        <translation>For digital tutors: many shops, practice and reports</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="58" />
        <source>Danggol — %1</source>
        <translation>Danggol — %1</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="50" />
        <source>← Home</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="51" />
        <source>Back to the home screen</source>
        <translation>Back to the home screen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="25" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="29" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="30" />
        <source>The whole screen changes as soon as you press.</source>
        <translation>The whole screen changes as soon as you press.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="36" />
        <source>Screen colours</source>
        <translation>Screen colours</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="38" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="38" />
        <source>High contrast (black background)</source>
        <translation>High contrast (black background)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="44" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="51" />
        <source>Shop details</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="53" />
        <source>Change shop details</source>
        <translation>Change shop details</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="74" />
        <source>What kind of shop is it?</source>
        <translation>What kind of shop is it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="75" />
        <source>Press the one closest to your shop. If none fits, choose Other.</source>
        <translation>Press the one closest to your shop. If none fits, choose Other.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="114" />
        <source>Danggol — first setup</source>
        <translation>Danggol — first setup</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="118" />
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="119" />
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="120" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="125" />
        <source>Welcome! Let's set up your shop.</source>
        <translation>Welcome! Let's set up your shop.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="126" />
        <source>Five short questions. You can change every answer later in Settings.</source>
        <translation>Five short questions. You can change every answer later in Settings.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="127" />
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="127" />
        <source>e.g. Haenam Vegetables</source>
        <translation>e.g. Haenam Vegetables</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="131" />
        <source>Which market is your shop in?</source>
        <translation>Which market is your shop in?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="132" />
        <source>Shops of the same market are kept together.</source>
        <translation>Shops of the same market are kept together.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="133" />
        <source>Market name</source>
        <translation>Market name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="133" />
        <source>e.g. Sinyeong Market</source>
        <translation>e.g. Sinyeong Market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="138" />
        <source>What is the shop's phone number?</source>
        <translation>What is the shop's phone number?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="139" />
        <source>It goes on your messages so customers can call. If you would rather not, leave it empty.</source>
        <translation>It goes on your messages so customers can call. If you would rather not, leave it empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="140" />
        <source>Shop phone number (optional)</source>
        <translation>Shop phone number (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="144" />
        <source>Do you have a KakaoTalk Channel?</source>
        <translation>Do you have a KakaoTalk Channel?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="145" />
        <source>If you already made one, paste its address here. If not, leave it empty and add it later.</source>
        <translation>If you already made one, paste its address here. If not, leave it empty and add it later.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="146" />
        <source>KakaoTalk Channel address (optional)</source>
        <translation>KakaoTalk Channel address (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="147" />
        <source>It starts with pf.kakao.com/_ . You can paste it as it is.</source>
        <translation>It starts with pf.kakao.com/_ . You can paste it as it is.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="152" />
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
</context>
<context>
    <name>ShopDetailsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="23" />
        <source>Shop details</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="28" />
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="29" />
        <source>Market name</source>
        <translation>Market name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="30" />
        <source>Shop phone number (optional)</source>
        <translation>Shop phone number (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="32" />
        <source>KakaoTalk Channel address (optional)</source>
        <translation>KakaoTalk Channel address (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="33" />
        <source>It starts with pf.kakao.com/_ . You can paste it as it is.</source>
        <translation>It starts with pf.kakao.com/_ . You can paste it as it is.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="37" />
        <source>Kind of shop</source>
        <translation>Kind of shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="51" />
        <source>Save shop details</source>
        <translation>Save shop details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="91" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
</TS>
