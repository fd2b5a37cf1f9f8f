<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="44"/>
        <source>Step 1 of 4: Is this your channel address?</source>
        <translation>Step 1 of 4: Is this your channel address?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="45"/>
        <source>Customers who scan the QR code (the square barcode) become your channel friends. It must lead to your own channel.</source>
        <translation>Customers who scan the QR code (the square barcode) become your channel friends. It must lead to your own channel.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="49"/>
        <source>KakaoTalk Channel address</source>
        <translation>KakaoTalk Channel address</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="52"/>
        <source>Where to find it: in the KakaoTalk Channel admin, open your channel&apos;s profile; the address starts with pf.kakao.com/_ . Copy it and paste it here as it is.</source>
        <translation>Where to find it: in the KakaoTalk Channel admin, open your channel&apos;s profile; the address starts with pf.kakao.com/_ . Copy it and paste it here as it is.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../danggol_desktop/app.py" line="115"/>
        <location filename="../danggol_desktop/app.py" line="216"/>
        <location filename="../danggol_desktop/app.py" line="234"/>
        <location filename="../danggol_desktop/app.py" line="255"/>
        <location filename="../danggol_desktop/app.py" line="266"/>
        <source>Danggol</source>
        <translation>Danggol</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="116"/>
        <source>The damaged file was kept as %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="126"/>
        <source>Shall we bring back the most recent backup copy?</source>
        <translation>Shall we bring back the most recent backup copy?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="129"/>
        <source>Bring back the backup</source>
        <translation>Bring back the backup</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="131"/>
        <source>Start with empty data</source>
        <translation>Start with empty data</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="142"/>
        <source>Your data could not be opened. Nothing was changed.</source>
        <translation>Your data could not be opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="231"/>
        <source>The computer&apos;s storage is full, so for now your records can only be looked at. Please delete files you do not need, then open Danggol again.</source>
        <translation>The computer&apos;s storage is full, so for now your records can only be looked at. Please delete files you do not need, then open Danggol again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="255"/>
        <source>Danggol is already open. Please click Danggol on the taskbar at the bottom of the screen.</source>
        <translation>Danggol is already open. Please click Danggol on the taskbar at the bottom of the screen.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="121"/>
        <source>There is no backup copy yet, so we start with empty data.</source>
        <translation>There is no backup copy yet, so we start with empty data.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="26"/>
        <source>Backup copies</source>
        <translation>Backup copies</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="30"/>
        <source>The app keeps copies of your records by itself: one a day, one a week, and one before every import. If something went wrong, you can bring a copy back here.</source>
        <translation>The app keeps copies of your records by itself: one a day, one a week, and one before every import. If something went wrong, you can bring a copy back here.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="32"/>
        <source>Back up to another place (USB stick)…</source>
        <translation>Back up to another place (USB stick)…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="47"/>
        <source>Daily copy</source>
        <translation>Daily copy</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="47"/>
        <source>Weekly copy</source>
        <translation>Weekly copy</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="48"/>
        <source>Before bringing in a file</source>
        <translation>Before bringing in a file</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="48"/>
        <source>Before an update</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="49"/>
        <source>Before bringing back a copy</source>
        <translation>Before bringing back a copy</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="49"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="54"/>
        <source>%1 — this copy is damaged and cannot be used.</source>
        <translation>%1 — this copy is damaged and cannot be used.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="55"/>
        <source>Kept until you remove it</source>
        <translation>Kept until you remove it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="57"/>
        <source>%1 shops · %2 friend counts · %3 messages sent · newest record %4</source>
        <translation>%1 shops · %2 friend counts · %3 messages sent · newest record %4</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="69"/>
        <source>The list of copies could not be read.</source>
        <translation>The list of copies could not be read.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="71"/>
        <source>There are no copies yet. The first one is made today.</source>
        <translation>There are no copies yet. The first one is made today.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="80"/>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="80"/>
        <source>Bring back the copy of %1</source>
        <translation>Bring back the copy of %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="86"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="86"/>
        <source>Remove the kept copy of %1</source>
        <translation>Remove the kept copy of %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="94"/>
        <source>Remove this kept copy? The records in it cannot be brought back after that.</source>
        <translation>Remove this kept copy? The records in it cannot be brought back after that.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="96"/>
        <source>Remove the copy?</source>
        <translation>Remove the copy?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="96"/>
        <source>Yes, remove it</source>
        <translation>Yes, remove it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="97"/>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="100"/>
        <source>The copy was not removed.</source>
        <translation>The copy was not removed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="102"/>
        <source>The kept copy was removed.</source>
        <translation>The kept copy was removed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="107"/>
        <source>Bring back this copy? Your records will be as they were then:</source>
        <translation>Bring back this copy? Your records will be as they were then:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="109"/>
        <source>Your records as they are now are kept as a copy first, so you can come back to them.</source>
        <translation>Your records as they are now are kept as a copy first, so you can come back to them.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="110"/>
        <source>Bring back a copy?</source>
        <translation>Bring back a copy?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="110"/>
        <source>Yes, bring it back</source>
        <translation>Yes, bring it back</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="111"/>
        <source>No, keep things as they are</source>
        <translation>No, keep things as they are</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="115"/>
        <source>The copy was not brought back. Your records are as they were.</source>
        <translation>The copy was not brought back. Your records are as they were.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="122"/>
        <source>The copy of %1 was brought back.</source>
        <translation>The copy of %1 was brought back.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="129"/>
        <source>Where should the copy go?</source>
        <translation>Where should the copy go?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="135"/>
        <source>The copy was not made.</source>
        <translation>The copy was not made.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="138"/>
        <source>A copy was saved in the folder %1 as %2.</source>
        <translation>A copy was saved in the folder %1 as %2.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../danggol_desktop/commands/market_command.py" line="87"/>
        <source>Row %1, sheet %2 (of %3 rows × %4 sheets) — glue the next sheet over the dashed line</source>
        <translation>Row %1, sheet %2 (of %3 rows × %4 sheets) — glue the next sheet over the dashed line</translation>
    </message>
</context>
<context>
    <name>ChannelCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="22"/>
        <source>Make the channel</source>
        <translation>Make the channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="24"/>
        <source>Install the admin app</source>
        <translation>Install the admin app</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="25"/>
        <source>On your phone, open the Play Store (App Store on an iPhone), search for &apos;카카오톡 채널 관리자&apos; and install it.</source>
        <translation>On your phone, open the Play Store (App Store on an iPhone), search for &apos;카카오톡 채널 관리자&apos; and install it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="27"/>
        <source>Play Store</source>
        <translation>Play Store</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="28"/>
        <source>Install</source>
        <translation>Install</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="29"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="30"/>
        <source>Open the app and log in with your Kakao account: the one you use for KakaoTalk.</source>
        <translation>Open the app and log in with your Kakao account: the one you use for KakaoTalk.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="31"/>
        <source>Log in with Kakao</source>
        <translation>Log in with Kakao</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="32"/>
        <source>Start a new channel</source>
        <translation>Start a new channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="33"/>
        <source>Press &apos;새 채널 만들기&apos; (make a new channel).</source>
        <translation>Press &apos;새 채널 만들기&apos; (make a new channel).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="34"/>
        <source>My channels</source>
        <translation>My channels</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="34"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="36"/>
        <source>Name and search ID</source>
        <translation>Name and search ID</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="37"/>
        <source>Write the channel&apos;s name (your shop&apos;s name) and a search ID. The search ID cannot be changed later: write it carefully, for example your shop&apos;s name joined up.</source>
        <translation>Write the channel&apos;s name (your shop&apos;s name) and a search ID. The search ID cannot be changed later: write it carefully, for example your shop&apos;s name joined up.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="39"/>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="41"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="42"/>
        <source>Find the channel&apos;s address</source>
        <translation>Find the channel&apos;s address</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="43"/>
        <source>When the channel is made, open &apos;채널 홈&apos;. Under the channel&apos;s name, press the address that starts with pf.kakao.com/_ and copy it.</source>
        <translation>When the channel is made, open &apos;채널 홈&apos;. Under the channel&apos;s name, press the address that starts with pf.kakao.com/_ and copy it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="46"/>
        <source>Channel home</source>
        <translation>Channel home</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="50"/>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="56"/>
        <source>%1 of %2: The channel&apos;s address and search ID</source>
        <translation>%1 of %2: The channel&apos;s address and search ID</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="58"/>
        <source>Channel address (pf.kakao.com/_…)</source>
        <translation>Channel address (pf.kakao.com/_…)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="60"/>
        <source>Search ID (without @; you may leave it empty)</source>
        <translation>Search ID (without @; you may leave it empty)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="61"/>
        <source>Customers whose camera cannot read the QR can search for it in KakaoTalk.</source>
        <translation>Customers whose camera cannot read the QR can search for it in KakaoTalk.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="64"/>
        <source>%1 of %2: Done</source>
        <translation>%1 of %2: Done</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="65"/>
        <source>Your channel&apos;s address is saved. Your posters now add friends to it.</source>
        <translation>Your channel&apos;s address is saved. Your posters now add friends to it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="76"/>
        <source>Your channel&apos;s address is saved. Your posters now add friends to it, and say &apos;카카오톡에서 @%1 검색&apos; under the QR code.</source>
        <translation>Your channel&apos;s address is saved. Your posters now add friends to it, and say &apos;카카오톡에서 @%1 검색&apos; under the QR code.</translation>
    </message>
</context>
<context>
    <name>ChannelKitPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="26"/>
        <source>Decorate your channel</source>
        <translation>Decorate your channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="28"/>
        <source>Get your channel ready step by step. Each card prepares what you paste in the KakaoTalk Channel admin.</source>
        <translation>Get your channel ready step by step. Each card prepares what you paste in the KakaoTalk Channel admin.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="41"/>
        <source>✓ Done on %1</source>
        <translation>✓ Done on %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="42"/>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="49"/>
        <source>Make a picture</source>
        <translation>Make a picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="53"/>
        <source>+1 A customer used the coupon</source>
        <translation>+1 A customer used the coupon</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="55"/>
        <source>−1 (a mistake)</source>
        <translation>−1 (a mistake)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="71"/>
        <source>Make the channel</source>
        <translation>Make the channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="71"/>
        <source>A step-by-step guide, then its address and search ID</source>
        <translation>A step-by-step guide, then its address and search ID</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="72"/>
        <source>Set up the profile</source>
        <translation>Set up the profile</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="72"/>
        <source>Name, introduction, hours and a profile picture</source>
        <translation>Name, introduction, hours and a profile picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="73"/>
        <source>Welcome message</source>
        <translation>Welcome message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="73"/>
        <source>What a new friend receives by itself</source>
        <translation>What a new friend receives by itself</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="74"/>
        <source>Make a coupon</source>
        <translation>Make a coupon</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="74"/>
        <source>A coupon for friends, with its picture</source>
        <translation>A coupon for friends, with its picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="75"/>
        <source>Answers for chats</source>
        <translation>Answers for chats</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="75"/>
        <source>Ready answers: hours, directions, parking …</source>
        <translation>Ready answers: hours, directions, parking …</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="76"/>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="76"/>
        <source>News for your channel home</source>
        <translation>News for your channel home</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="84"/>
        <source>Coupon now: %1 · used by %2 customers</source>
        <translation>Coupon now: %1 · used by %2 customers</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="93"/>
        <source>The coupon use was not saved.</source>
        <translation>The coupon use was not saved.</translation>
    </message>
</context>
<context>
    <name>ChatCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="68"/>
        <source>Answers for chats</source>
        <translation>Answers for chats</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="75"/>
        <source>Button &apos;%1&apos;</source>
        <translation>Button &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="78"/>
        <source>1 of 2: Answers to the questions shops get</source>
        <translation>1 of 2: Answers to the questions shops get</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="81"/>
        <source>Filled in from your shop&apos;s details; change them as you like. Each button below copies one answer.</source>
        <translation>Filled in from your shop&apos;s details; change them as you like. Each button below copies one answer.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="83"/>
        <source>2 of 2: Put them in the admin</source>
        <translation>2 of 2: Put them in the admin</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="84"/>
        <source>In the admin app open 채팅 › 채팅방 메뉴 (up to %1 buttons). For each button, write its name and paste its answer. You can also paste an answer straight into a chat.</source>
        <translation>In the admin app open 채팅 › 채팅방 메뉴 (up to %1 buttons). For each button, write its name and paste its answer. You can also paste an answer straight into a chat.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../danggol_desktop/cli.py" line="143"/>
        <source>The command was not understood. See &apos;danggol --help&apos;.</source>
        <translation>The command was not understood. See &apos;danggol --help&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/posts_command.py" line="32"/>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="36"/>
        <source>Channel news</source>
        <translation>Channel news</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/picture_command.py" line="76"/>
        <source>Scan with the camera and add us as a friend</source>
        <translation>Scan with the camera and add us as a friend</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="30"/>
        <source>Wrote %1 with %2 shops: fill in the 값 column.</source>
        <translation>Wrote %1 with %2 shops: fill in the 값 column.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="37"/>
        <source>Checked, nothing written: %1 friend counts, %2 messages sent, %3 posts.</source>
        <translation>Checked, nothing written: %1 friend counts, %2 messages sent, %3 posts.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="39"/>
        <source>Brought in %1 friend counts (%4 of them changed an earlier count), %2 messages sent, %3 posts.</source>
        <translation>Brought in %1 friend counts (%4 of them changed an earlier count), %2 messages sent, %3 posts.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/directory_command.py" line="61"/>
        <source>Not on the board yet (no channel address): %1</source>
        <translation>Not on the board yet (no channel address): %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="20"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="21"/>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="22"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="24"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="25"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="26"/>
        <source>Has a channel</source>
        <translation>Has a channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="27"/>
        <source>Friends at the start</source>
        <translation>Friends at the start</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="28"/>
        <source>Friends at the end</source>
        <translation>Friends at the end</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="29"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="30"/>
        <source>Messages sent</source>
        <translation>Messages sent</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="31"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="32"/>
        <source>Coupons made</source>
        <translation>Coupons made</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="34"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="35"/>
        <source>Shops with a channel</source>
        <translation>Shops with a channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="36"/>
        <source>Share with a channel (%)</source>
        <translation>Share with a channel (%)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="37"/>
        <source>Friends in all</source>
        <translation>Friends in all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="38"/>
        <source>Friends per shop with a channel</source>
        <translation>Friends per shop with a channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="39"/>
        <source>Messages sent in all</source>
        <translation>Messages sent in all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="40"/>
        <source>Messages per shop with a channel</source>
        <translation>Messages per shop with a channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="41"/>
        <source>Growth in all</source>
        <translation>Growth in all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="42"/>
        <source>Posts in all</source>
        <translation>Posts in all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="43"/>
        <source>Coupons made in all</source>
        <translation>Coupons made in all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="45"/>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="46"/>
        <source>Friends at the week&apos;s end</source>
        <translation>Friends at the week&apos;s end</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="47"/>
        <source>New friends in the week</source>
        <translation>New friends in the week</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="49"/>
        <source>Market event</source>
        <translation>Market event</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="50"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="51"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="52"/>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="53"/>
        <source>Shops taking part</source>
        <translation>Shops taking part</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="54"/>
        <source>Which shops</source>
        <translation>Which shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="56"/>
        <source>Message credit received (won)</source>
        <translation>Message credit received (won)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="57"/>
        <source>Used, about (won)</source>
        <translation>Used, about (won)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="58"/>
        <source>Left, about (won)</source>
        <translation>Left, about (won)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="60"/>
        <source>Market channels (merchants&apos; association)</source>
        <translation>Market channels (merchants&apos; association)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="61"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="62"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CouponCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="86"/>
        <source>Make a coupon</source>
        <translation>Make a coupon</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="89"/>
        <source>1 of 4: The coupon&apos;s name</source>
        <translation>1 of 4: The coupon&apos;s name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="90"/>
        <source>Coupon name</source>
        <translation>Coupon name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="95"/>
        <source>3 of 4: How to use it</source>
        <translation>3 of 4: How to use it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="96"/>
        <source>How to use it (사용 방법)</source>
        <translation>How to use it (사용 방법)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="98"/>
        <source>Good to know (유의사항)</source>
        <translation>Good to know (유의사항)</translation>
    </message>
</context>
<context>
    <name>CouponDaysStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="38"/>
        <source>2 of 4: What friends get, and when</source>
        <translation>2 of 4: What friends get, and when</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="39"/>
        <source>Benefit (for example 10% 할인)</source>
        <translation>Benefit (for example 10% 할인)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="46"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="46"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>CouponFinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="117"/>
        <source>4 of 4: The coupon picture</source>
        <translation>4 of 4: The coupon picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="118"/>
        <source>The coupon is saved. In the admin app open 쿠폰 › 새 쿠폰, copy the words in and add this picture (%1 × %1 pixels).</source>
        <translation>The coupon is saved. In the admin app open 쿠폰 › 새 쿠폰, copy the words in and add this picture (%1 × %1 pixels).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="122"/>
        <source>Save the picture</source>
        <translation>Save the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="123"/>
        <source>Make it with a photo instead</source>
        <translation>Make it with a photo instead</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="124"/>
        <source>The words</source>
        <translation>The words</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="124"/>
        <source>Copy the coupon&apos;s words</source>
        <translation>Copy the coupon&apos;s words</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="154"/>
        <source>%1 coupon</source>
        <translation>%1 coupon</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="155"/>
        <source>Save the coupon picture</source>
        <translation>Save the coupon picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="155"/>
        <source>The picture was not saved.</source>
        <translation>The picture was not saved.</translation>
    </message>
</context>
<context>
    <name>CrashHook</name>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="46"/>
        <source>What you just did was not saved.</source>
        <translation>What you just did was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="49"/>
        <source>Something went wrong, and what you just did may not have been saved. Your earlier records are safe. Please try once more; if it happens again, tell your tutor.</source>
        <translation>Something went wrong, and what you just did may not have been saved. Your earlier records are safe. Please try once more; if it happens again, tell your tutor.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="52"/>
        <source>A note for your tutor was written to %1.</source>
        <translation>A note for your tutor was written to %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="64"/>
        <source>Sorry</source>
        <translation>Sorry</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="67"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CropStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="169"/>
        <source>Move the photo into the frame</source>
        <translation>Move the photo into the frame</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="170"/>
        <source>Drag the photo, or use the arrow keys. Make it bigger or smaller with + and −.</source>
        <translation>Drag the photo, or use the arrow keys. Make it bigger or smaller with + and −.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="178"/>
        <source>The photo in the frame</source>
        <translation>The photo in the frame</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="184"/>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="185"/>
        <source>Bigger</source>
        <translation>Bigger</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="188"/>
        <source>How big</source>
        <translation>How big</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="197"/>
        <source>To the middle</source>
        <translation>To the middle</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="199"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="204"/>
        <source>As taken</source>
        <translation>As taken</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="204"/>
        <source>Brighter and clearer</source>
        <translation>Brighter and clearer</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="207"/>
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="31"/>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="49"/>
        <source>Curriculum progress</source>
        <translation>Curriculum progress</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="38"/>
        <source>All markets</source>
        <translation>All markets</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="44"/>
        <source>Tick a step when the shop has done it; the day is kept. To change a tick&apos;s day, choose it and press &apos;Change the day&apos;.</source>
        <translation>Tick a step when the shop has done it; the day is kept. To change a tick&apos;s day, choose it and press &apos;Change the day&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="54"/>
        <source>Shops and steps</source>
        <translation>Shops and steps</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="66"/>
        <source>Change the day</source>
        <translation>Change the day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="68"/>
        <source>Tick this step for everyone who came to practice</source>
        <translation>Tick this step for everyone who came to practice</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="115"/>
        <source>The tick was not saved.</source>
        <translation>The tick was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="130"/>
        <source>Choose a ticked box first, then press &apos;Change the day&apos;.</source>
        <translation>Choose a ticked box first, then press &apos;Change the day&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="141"/>
        <source>%1: done on %2.</source>
        <translation>%1: done on %2.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="151"/>
        <source>Choose a step&apos;s column first; a practice session must have been held.</source>
        <translation>Choose a step&apos;s column first; a practice session must have been held.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="152"/>
        <source>No practice session has been held yet.</source>
        <translation>No practice session has been held yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="157"/>
        <source>Tick &apos;%1&apos; for the %2 shops that came to the practice of %3?</source>
        <translation>Tick &apos;%1&apos; for the %2 shops that came to the practice of %3?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="160"/>
        <source>Tick for everyone who came?</source>
        <translation>Tick for everyone who came?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="161"/>
        <source>Yes, tick them</source>
        <translation>Yes, tick them</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="161"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="164"/>
        <source>&apos;%1&apos; ticked for %2 shops.</source>
        <translation>&apos;%1&apos; ticked for %2 shops.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="170"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="47"/>
        <source>Choose a day</source>
        <translation>Choose a day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="61"/>
        <source>◀ Month before</source>
        <translation>◀ Month before</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="62"/>
        <source>Month after ▶</source>
        <translation>Month after ▶</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="84"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="85"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="86"/>
        <source>This weekend</source>
        <translation>This weekend</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="87"/>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="97"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="8"/>
        <source>Please type a name.</source>
        <translation>Please type a name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="9"/>
        <source>Please keep the name to 40 characters or fewer.</source>
        <translation>Please keep the name to 40 characters or fewer.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="10"/>
        <source>The name has characters that cannot be used. Please type it again.</source>
        <translation>The name has characters that cannot be used. Please type it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="13"/>
        <source>Please type a phone number with digits only, for example 010-1234-5678. You can also leave it empty.</source>
        <translation>Please type a phone number with digits only, for example 010-1234-5678. You can also leave it empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="16"/>
        <source>The printer could not be reached, so nothing was printed. Is it switched on and connected? You can also save the poster as a PDF and print it from there.</source>
        <translation>The printer could not be reached, so nothing was printed. Is it switched on and connected? You can also save the poster as a PDF and print it from there.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="20"/>
        <source>Please keep the shop&apos;s place to 30 characters or fewer, for example Lane 1, No. 3.</source>
        <translation>Please keep the shop&apos;s place to 30 characters or fewer, for example Lane 1, No. 3.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="22"/>
        <source>The shop&apos;s place has characters that cannot be used. Please type it again.</source>
        <translation>The shop&apos;s place has characters that cannot be used. Please type it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="24"/>
        <source>Please type the free 080 number for refusing messages, for example 080-123-4567. You can also leave it empty.</source>
        <translation>Please type the free 080 number for refusing messages, for example 080-123-4567. You can also leave it empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="28"/>
        <source>That is not a whole phone number. Please check the digits, for example 010-1234-5678 (11 digits) or 02-123-4567. You can also leave it empty.</source>
        <translation>That is not a whole phone number. Please check the digits, for example 010-1234-5678 (11 digits) or 02-123-4567. You can also leave it empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="33"/>
        <source>Please choose a kind of shop from the list.</source>
        <translation>Please choose a kind of shop from the list.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="34"/>
        <source>Please paste or type the channel address.</source>
        <translation>Please paste or type the channel address.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="35"/>
        <source>A name starting with @ is the channel&apos;s search name, not its address. The address starts with pf.kakao.com/_ and is shown in the channel admin under &apos;Channel address&apos;.</source>
        <translation>A name starting with @ is the channel&apos;s search name, not its address. The address starts with pf.kakao.com/_ and is shown in the channel admin under &apos;Channel address&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="40"/>
        <source>This is not a web address we can use. The channel address starts with pf.kakao.com/_</source>
        <translation>This is not a web address we can use. The channel address starts with pf.kakao.com/_</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="43"/>
        <source>This address is not a KakaoTalk Channel. The channel address starts with pf.kakao.com/_ and is shown in the channel admin under &apos;Channel address&apos;.</source>
        <translation>This address is not a KakaoTalk Channel. The channel address starts with pf.kakao.com/_ and is shown in the channel admin under &apos;Channel address&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="48"/>
        <source>The address is missing the channel part after pf.kakao.com/ (it starts with _).</source>
        <translation>The address is missing the channel part after pf.kakao.com/ (it starts with _).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="51"/>
        <source>The channel part after pf.kakao.com/ should be _ followed by letters and numbers only.</source>
        <translation>The channel part after pf.kakao.com/ should be _ followed by letters and numbers only.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="54"/>
        <source>This market already has a shop with that name.</source>
        <translation>This market already has a shop with that name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="55"/>
        <source>No shop with that name was found.</source>
        <translation>No shop with that name was found.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="56"/>
        <source>Several markets have a shop with that name. Please write it as MARKET/NAME.</source>
        <translation>Several markets have a shop with that name. Please write it as MARKET/NAME.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="59"/>
        <source>Korean letters got into the address: the keyboard is in Korean mode. Press the 한/영 key to switch to English, then type it again.</source>
        <translation>Korean letters got into the address: the keyboard is in Korean mode. Press the 한/영 key to switch to English, then type it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="62"/>
        <source>Two shops of this market have that name. Please name one exactly, as shown here:</source>
        <translation>Two shops of this market have that name. Please name one exactly, as shown here:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="65"/>
        <source>This data was saved by a newer version of Danggol. Please install the newer version. Your data has been left exactly as it was.</source>
        <translation>This data was saved by a newer version of Danggol. Please install the newer version. Your data has been left exactly as it was.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="70"/>
        <source>The data file is damaged and cannot be opened.</source>
        <translation>The data file is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="71"/>
        <source>The data file is empty, although there are backup copies. It may have been cut off by a power cut.</source>
        <translation>The data file is empty, although there are backup copies. It may have been cut off by a power cut.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="74"/>
        <source>There is not enough space on this computer, so it could not be saved. Please delete files you no longer need, then try again. Your earlier data is safe.</source>
        <translation>There is not enough space on this computer, so it could not be saved. Please delete files you no longer need, then try again. Your earlier data is safe.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="79"/>
        <source>The data folder cannot be written to (it is read-only), so it could not be saved. Your earlier data is safe. Please ask the person who looks after this computer.</source>
        <translation>The data folder cannot be written to (it is read-only), so it could not be saved. Your earlier data is safe. Please ask the person who looks after this computer.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="84"/>
        <source>Another program is using the data file right now, so it could not be saved. Please wait a moment and try again. Your data is safe.</source>
        <translation>Another program is using the data file right now, so it could not be saved. Please wait a moment and try again. Your data is safe.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="89"/>
        <source>The data file could not be read or written. If it is on a USB stick, check that it is plugged in, then try again. The file was left as it is.</source>
        <translation>The data file could not be read or written. If it is on a USB stick, check that it is plugged in, then try again. The file was left as it is.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="94"/>
        <source>That folder cannot be found. Is the USB stick plugged in?</source>
        <translation>That folder cannot be found. Is the USB stick plugged in?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="95"/>
        <source>That name belongs to something that is not a file, so nothing was written. Please choose another name.</source>
        <translation>That name belongs to something that is not a file, so nothing was written. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="99"/>
        <source>That is the app&apos;s own data folder. Please save somewhere else, such as the Desktop or a USB stick.</source>
        <translation>That is the app&apos;s own data folder. Please save somewhere else, such as the Desktop or a USB stick.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="102"/>
        <source>A file with that name is already there, so nothing was written. Choose another name, or add --force to replace it.</source>
        <translation>A file with that name is already there, so nothing was written. Choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="107"/>
        <source>A name cannot contain /. Please type it without it.</source>
        <translation>A name cannot contain /. Please type it without it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="108"/>
        <source>A shop with this name was put away earlier. You can bring it back, with all its records, from Put-away shops (command line: danggol shops unarchive).</source>
        <translation>A shop with this name was put away earlier. You can bring it back, with all its records, from Put-away shops (command line: danggol shops unarchive).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="111"/>
        <source>This data file holds a record this app would not accept, so nothing was changed.</source>
        <translation>This data file holds a record this app would not accept, so nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="114"/>
        <source>Please type the number of friends.</source>
        <translation>Please type the number of friends.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="115"/>
        <source>Nothing was brought in: some rows of the file need fixing first.</source>
        <translation>Nothing was brought in: some rows of the file need fixing first.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="116"/>
        <source>This file&apos;s letters cannot be read. In Excel, save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>This file&apos;s letters cannot be read. In Excel, save it as &apos;CSV UTF-8&apos; and try again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="118"/>
        <source>That file could not be found. Please choose it again.</source>
        <translation>That file could not be found. Please choose it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="119"/>
        <source>That file is too big to be a list of counts (over 10 MB).</source>
        <translation>That file is too big to be a list of counts (over 10 MB).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="120"/>
        <source>The file is empty: the first row should name the columns.</source>
        <translation>The file is empty: the first row should name the columns.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="121"/>
        <source>This row cannot be read as CSV (a quote mark left open?).</source>
        <translation>This row cannot be read as CSV (a quote mark left open?).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="122"/>
        <source>This column is missing. The first row should name 종류, 가게, 날짜 and 값 (kind, shop, date, value); 시장 (market) when names repeat.</source>
        <translation>This column is missing. The first row should name 종류, 가게, 날짜 and 값 (kind, shop, date, value); 시장 (market) when names repeat.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="125"/>
        <source>The file has more rows than a programme&apos;s counts (over 20,000). Please check it is the right file.</source>
        <translation>The file has more rows than a programme&apos;s counts (over 20,000). Please check it is the right file.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="127"/>
        <source>The kind must be 친구 수, 보낸 메시지 or 소식.</source>
        <translation>The kind must be 친구 수, 보낸 메시지 or 소식.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="128"/>
        <source>The shop&apos;s name is empty.</source>
        <translation>The shop&apos;s name is empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="129"/>
        <source>This cell holds a formula, not a value. In Excel, copy the cells and paste them as values.</source>
        <translation>This cell holds a formula, not a value. In Excel, copy the cells and paste them as values.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="131"/>
        <source>No shop has this name. Add the shop first, or check the name.</source>
        <translation>No shop has this name. Add the shop first, or check the name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="132"/>
        <source>Shops of several markets have this name: please fill in the 시장 (market) column.</source>
        <translation>Shops of several markets have this name: please fill in the 시장 (market) column.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="134"/>
        <source>That market is already there, written a little differently. Please use its name as it is:</source>
        <translation>That market is already there, written a little differently. Please use its name as it is:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="136"/>
        <source>That looks like a phone number, not a market&apos;s name. Please check the market box.</source>
        <translation>That looks like a phone number, not a market&apos;s name. Please check the market box.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="138"/>
        <source>There is no market by that name. Choose one of these, or add --new-market to make a new one:</source>
        <translation>There is no market by that name. Choose one of these, or add --new-market to make a new one:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="140"/>
        <source>This shop&apos;s channel address is not written down yet, so its friends are not counted. Please add the address first: Settings › Change shop details (command line: danggol shops edit --shop NAME --channel ADDRESS).</source>
        <translation>This shop&apos;s channel address is not written down yet, so its friends are not counted. Please add the address first: Settings › Change shop details (command line: danggol shops edit --shop NAME --channel ADDRESS).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="144"/>
        <source>Please type digits only, for example 52.</source>
        <translation>Please type digits only, for example 52.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="145"/>
        <source>The number of friends cannot be below zero.</source>
        <translation>The number of friends cannot be below zero.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="146"/>
        <source>Friends are counted in whole numbers. Please type it without a dot.</source>
        <translation>Friends are counted in whole numbers. Please type it without a dot.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="147"/>
        <source>Please type the number without spaces in it.</source>
        <translation>Please type the number without spaces in it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="148"/>
        <source>That number is too large. Please check it again.</source>
        <translation>That number is too large. Please check it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="149"/>
        <source>That day has not come yet. Please choose today or an earlier day.</source>
        <translation>That day has not come yet. Please choose today or an earlier day.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="150"/>
        <source>Please choose a day from 2010 on.</source>
        <translation>Please choose a day from 2010 on.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="151"/>
        <source>Please write the date as YYYY-MM-DD, for example 2026-11-26.</source>
        <translation>Please write the date as YYYY-MM-DD, for example 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="152"/>
        <source>That picture file could not be found. Please choose it again.</source>
        <translation>That picture file could not be found. Please choose it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="153"/>
        <source>That picture file is too big (over 20 MB). Please choose a smaller picture.</source>
        <translation>That picture file is too big (over 20 MB). Please choose a smaller picture.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="156"/>
        <source>That file is not a picture. Please choose a photo or logo (JPG or PNG).</source>
        <translation>That file is not a picture. Please choose a photo or logo (JPG or PNG).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="159"/>
        <source>That picture is far too large to open safely. Please choose a smaller picture.</source>
        <translation>That picture is far too large to open safely. Please choose a smaller picture.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="162"/>
        <source>That picture file is damaged. Please choose another one.</source>
        <translation>That picture file is damaged. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="167"/>
        <source>The QR code on this poster did not read back as your channel address, so it will not be printed. Please try another layout or remove the picture.</source>
        <translation>The QR code on this poster did not read back as your channel address, so it will not be printed. Please try another layout or remove the picture.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="172"/>
        <source>The poster has characters that cannot be printed, such as emoji. Please remove them.</source>
        <translation>The poster has characters that cannot be printed, such as emoji. Please remove them.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="175"/>
        <source>The words are too long to fit on this poster. Please shorten them.</source>
        <translation>The words are too long to fit on this poster. Please shorten them.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="178"/>
        <source>On this kind of poster the QR code would be too small to scan. Please choose another kind.</source>
        <translation>On this kind of poster the QR code would be too small to scan. Please choose another kind.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="181"/>
        <source>The output file must end in .pdf or .png.</source>
        <translation>The output file must end in .pdf or .png.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="182"/>
        <source>No shop of that market has a channel address yet.</source>
        <translation>No shop of that market has a channel address yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="183"/>
        <source>This market has no market channel yet. Please give its address first: danggol market channel --market MARKET --channel ADDRESS</source>
        <translation>This market has no market channel yet. Please give its address first: danggol market channel --market MARKET --channel ADDRESS</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="186"/>
        <source>The file must end in .pdf.</source>
        <translation>The file must end in .pdf.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="187"/>
        <source>Please choose a tag size: %1.</source>
        <translation>Please choose a tag size: %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="188"/>
        <source>Please write each item as name:price:origin:unit, for example 배추:3000:국산:1포기 (it says: %1).</source>
        <translation>Please write each item as name:price:origin:unit, for example 배추:3000:국산:1포기 (it says: %1).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="190"/>
        <source>&apos;%1&apos; needs its origin (원산지), for example 국산 or the country. The origin must be shown by law (농수산물의 원산지 표시 등에 관한 법률), with fines of up to 10 million won.</source>
        <translation>&apos;%1&apos; needs its origin (원산지), for example 국산 or the country. The origin must be shown by law (농수산물의 원산지 표시 등에 관한 법률), with fines of up to 10 million won.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="193"/>
        <source>The origin of &apos;%1&apos; reads &apos;%2&apos;. Did you mean &apos;%3&apos;? Please write it again.</source>
        <translation>The origin of &apos;%1&apos; reads &apos;%2&apos;. Did you mean &apos;%3&apos;? Please write it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="195"/>
        <source>The origin of &apos;%1&apos; reads &apos;%2&apos;, which is not a country the tag knows. Please write 국산 or the country&apos;s name in Korean, for example 중국.</source>
        <translation>The origin of &apos;%1&apos; reads &apos;%2&apos;, which is not a country the tag knows. Please write 국산 or the country&apos;s name in Korean, for example 중국.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="198"/>
        <source>For the meat &apos;%1&apos;, please write the origin with its kind, for example 국내산(한우), 국내산(돼지) or 국내산(닭).</source>
        <translation>For the meat &apos;%1&apos;, please write the origin with its kind, for example 국내산(한우), 국내산(돼지) or 국내산(닭).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="201"/>
        <source>The item name &apos;%1&apos; is too long: please keep it to %2 characters.</source>
        <translation>The item name &apos;%1&apos; is too long: please keep it to %2 characters.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="203"/>
        <source>The unit &apos;%1&apos; is too long: please keep it to %2 characters.</source>
        <translation>The unit &apos;%1&apos; is too long: please keep it to %2 characters.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="204"/>
        <source>The price of &apos;%1&apos; must be a number of won from 1 to %2, for example 3000.</source>
        <translation>The price of &apos;%1&apos; must be a number of won from 1 to %2, for example 3000.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="206"/>
        <source>An item&apos;s words do not fit on a tag of this size. Please shorten them or choose a bigger tag.</source>
        <translation>An item&apos;s words do not fit on a tag of this size. Please shorten them or choose a bigger tag.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="208"/>
        <source>No shop of %1 has a channel address yet, so the directory would have no QR code. Please add the shops&apos; channel addresses first.</source>
        <translation>No shop of %1 has a channel address yet, so the directory would have no QR code. Please add the shops&apos; channel addresses first.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="211"/>
        <source>There is no folder %1 for the pictures. Please make it first, or choose another.</source>
        <translation>There is no folder %1 for the pictures. Please make it first, or choose another.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="213"/>
        <source>The name or place of &apos;%1&apos; does not fit on its card. Please shorten it.</source>
        <translation>The name or place of &apos;%1&apos; does not fit on its card. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="215"/>
        <source>A QR code on the directory could not be read back, so nothing was saved. Please try again.</source>
        <translation>A QR code on the directory could not be read back, so nothing was saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="217"/>
        <source>Please group the directory by lane or by kind of shop.</source>
        <translation>Please group the directory by lane or by kind of shop.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="218"/>
        <source>Please choose A4, A3 or A2 paper for the directory.</source>
        <translation>Please choose A4, A3 or A2 paper for the directory.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="219"/>
        <source>Neither this shop nor its market has a channel address yet, so the tags would have no QR code. Please add the shop&apos;s channel, or the market channel, first.</source>
        <translation>Neither this shop nor its market has a channel address yet, so the tags would have no QR code. Please add the shop&apos;s channel, or the market channel, first.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="222"/>
        <source>A QR code on the tags did not read back, so nothing was saved. Please try a bigger tag size.</source>
        <translation>A QR code on the tags did not read back, so nothing was saved. Please try a bigger tag size.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="224"/>
        <source>Please choose a banner size (%1), or give the print shop&apos;s size in millimetres, for example 900x1800.</source>
        <translation>Please choose a banner size (%1), or give the print shop&apos;s size in millimetres, for example 900x1800.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="227"/>
        <source>A print shop cannot take that size. Each side must be at least %1 mm, the short side at most %2 mm and the long side at most %3 mm.</source>
        <translation>A print shop cannot take that size. Each side must be at least %1 mm, the short side at most %2 mm and the long side at most %3 mm.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="230"/>
        <source>Please give the reading distance in metres, from %1 to %2.</source>
        <translation>Please give the reading distance in metres, from %1 to %2.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="231"/>
        <source>On this banner the QR code would not read from %1 m: it reads from up to %2 m. For %1 m, please choose a bigger size (%3).</source>
        <translation>On this banner the QR code would not read from %1 m: it reads from up to %2 m. For %1 m, please choose a bigger size (%3).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="234"/>
        <source>The words do not fit on this banner in large type. Please shorten the line.</source>
        <translation>The words do not fit on this banner in large type. Please shorten the line.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="236"/>
        <source>Please write the banner&apos;s line.</source>
        <translation>Please write the banner&apos;s line.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="237"/>
        <source>The QR code on this banner did not read back at the reading distance, so nothing was saved. Please choose a bigger size or a shorter distance.</source>
        <translation>The QR code on this banner did not read back at the reading distance, so nothing was saved. Please choose a bigger size or a shorter distance.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="240"/>
        <source>Please write the event&apos;s name and what customers get.</source>
        <translation>Please write the event&apos;s name and what customers get.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="241"/>
        <source>&apos;%1&apos; is too long for the poster and the signs: please keep it to %2 characters.</source>
        <translation>&apos;%1&apos; is too long for the poster and the signs: please keep it to %2 characters.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="243"/>
        <source>The first day is more than a year away. Please check the year.</source>
        <translation>The first day is more than a year away. Please check the year.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="245"/>
        <source>A market event can run for %1 days at most. Please check the first and last day.</source>
        <translation>A market event can run for %1 days at most. Please check the first and last day.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="247"/>
        <source>There is no shop &apos;%1&apos; in %2. Please write the shop&apos;s name as the shop list shows it.</source>
        <translation>There is no shop &apos;%1&apos; in %2. Please write the shop&apos;s name as the shop list shows it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="249"/>
        <source>There is no shop &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <translation>There is no shop &apos;%1&apos;. Did you mean &apos;%2&apos;?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="250"/>
        <source>Please name at least one shop taking part.</source>
        <translation>Please name at least one shop taking part.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="251"/>
        <source>An event can have up to %1 shops taking part.</source>
        <translation>An event can have up to %1 shops taking part.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="252"/>
        <source>Some words do not fit on the poster, the stamp card or a sign. Please shorten the event&apos;s name or benefit, or the shop&apos;s name.</source>
        <translation>Some words do not fit on the poster, the stamp card or a sign. Please shorten the event&apos;s name or benefit, or the shop&apos;s name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="255"/>
        <source>A QR code on the event&apos;s pieces did not read back, so nothing was saved. Please try again.</source>
        <translation>A QR code on the event&apos;s pieces did not read back, so nothing was saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="257"/>
        <source>The event&apos;s message would not pass the message checks (it is too long for KakaoTalk). Please shorten the event&apos;s name or benefit.</source>
        <translation>The event&apos;s message would not pass the message checks (it is too long for KakaoTalk). Please shorten the event&apos;s name or benefit.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="262"/>
        <source>That is more than 100 million won. Please check the number of zeros.</source>
        <translation>That is more than 100 million won. Please check the number of zeros.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="264"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="265"/>
        <source>Please type the price.</source>
        <translation>Please type the price.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="266"/>
        <source>Please type the price in digits only, for example 3000.</source>
        <translation>Please type the price in digits only, for example 3000.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="267"/>
        <source>A price of 0 won cannot be right. Please check it.</source>
        <translation>A price of 0 won cannot be right. Please check it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="268"/>
        <source>Please type the price in whole won, without a dot.</source>
        <translation>Please type the price in whole won, without a dot.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="269"/>
        <source>That price is too large. Please check it.</source>
        <translation>That price is too large. Please check it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="270"/>
        <source>Please type how many in digits, for example 30.</source>
        <translation>Please type how many in digits, for example 30.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="271"/>
        <source>The sale price should be lower than the usual price.</source>
        <translation>The sale price should be lower than the usual price.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="272"/>
        <location filename="../danggol_desktop/error_sentences.py" line="336"/>
        <source>The last day is before the first day. Please check the days.</source>
        <translation>The last day is before the first day. Please check the days.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="273"/>
        <source>That day has already passed. Please choose today or a later day.</source>
        <translation>That day has already passed. Please choose today or a later day.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="274"/>
        <source>Please choose what you want to tell your customers.</source>
        <translation>Please choose what you want to tell your customers.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="275"/>
        <source>There are no records for that market and period yet, so there is nothing to report.</source>
        <translation>There are no records for that market and period yet, so there is nothing to report.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="278"/>
        <source>This is not a Danggol data file (.danggol). Nothing was changed.</source>
        <translation>This is not a Danggol data file (.danggol). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="279"/>
        <source>This file is far too large to be a Danggol data file. Nothing was changed.</source>
        <translation>This file is far too large to be a Danggol data file. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="282"/>
        <source>This file was made by a newer version of Danggol. Please update this computer first. Nothing was changed.</source>
        <translation>This file was made by a newer version of Danggol. Please update this computer first. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="286"/>
        <source>This data file is not in the right form. Nothing was changed.</source>
        <translation>This data file is not in the right form. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="287"/>
        <source>Some records in this file belong to a shop that is not in it. Nothing was changed.</source>
        <translation>Some records in this file belong to a shop that is not in it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="290"/>
        <source>This data file is damaged or was cut short (was the USB stick pulled out early?). Nothing was changed.</source>
        <translation>This data file is damaged or was cut short (was the USB stick pulled out early?). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="294"/>
        <source>No market with that name was found.</source>
        <translation>No market with that name was found.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="295"/>
        <source>Please give a number of days from 1 to 366.</source>
        <translation>Please give a number of days from 1 to 366.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="296"/>
        <source>There is no room left there for the file. Please choose another place, such as a USB stick.</source>
        <translation>There is no room left there for the file. Please choose another place, such as a USB stick.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="299"/>
        <source>That place cannot be written to (it is read-only or protected). Please choose another place.</source>
        <translation>That place cannot be written to (it is read-only or protected). Please choose another place.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="302"/>
        <source>No backup copy could be made: there is a file where the folder &apos;backups&apos; should be. Please show this to your tutor. Your records are as they were.</source>
        <translation>No backup copy could be made: there is a file where the folder &apos;backups&apos; should be. Please show this to your tutor. Your records are as they were.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="306"/>
        <source>The file could not be saved there. Please choose another place, such as the Desktop.</source>
        <translation>The file could not be saved there. Please choose another place, such as the Desktop.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="309"/>
        <source>This is longer than Kakao allows. The part over the limit is marked: please shorten it.</source>
        <translation>This is longer than Kakao allows. The part over the limit is marked: please shorten it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="312"/>
        <source>Please write something here.</source>
        <translation>Please write something here.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="313"/>
        <source>Please write a title.</source>
        <translation>Please write a title.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="314"/>
        <source>A title needs words, not only emoji or marks. Please add a few words.</source>
        <translation>A title needs words, not only emoji or marks. Please add a few words.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="317"/>
        <source>The title is too long. The part over the limit is marked.</source>
        <translation>The title is too long. The part over the limit is marked.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="318"/>
        <source>Please write the channel&apos;s name.</source>
        <translation>Please write the channel&apos;s name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="319"/>
        <source>Kakao takes a channel name of up to 20 characters. The part over it is marked.</source>
        <translation>Kakao takes a channel name of up to 20 characters. The part over it is marked.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="322"/>
        <source>A channel name can have Korean, English letters and numbers only. Please take out: %1</source>
        <translation>A channel name can have Korean, English letters and numbers only. Please take out: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="325"/>
        <source>A search ID has no spaces. Please write it joined up.</source>
        <translation>A search ID has no spaces. Please write it joined up.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="326"/>
        <source>A search ID can have Korean, small English letters, numbers, - and _ only.</source>
        <translation>A search ID can have Korean, small English letters, numbers, - and _ only.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="329"/>
        <source>A search ID has at most 15 characters.</source>
        <translation>A search ID has at most 15 characters.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="330"/>
        <source>The first day has already passed. Please choose today or a later day.</source>
        <translation>The first day has already passed. Please choose today or a later day.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="333"/>
        <source>The last day has already passed. Please choose today or a later day.</source>
        <translation>The last day has already passed. Please choose today or a later day.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="337"/>
        <source>A coupon can last up to a year from today. Please check the last day.</source>
        <translation>A coupon can last up to a year from today. Please check the last day.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="340"/>
        <source>That coupon could not be found.</source>
        <translation>That coupon could not be found.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="341"/>
        <source>That photo could not be found. Please choose it again.</source>
        <translation>That photo could not be found. Please choose it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="342"/>
        <source>That file is too big to be a photo (over 80 MB). Please choose another one.</source>
        <translation>That file is too big to be a photo (over 80 MB). Please choose another one.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="394"/>
        <source>market events</source>
        <translation>market events</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="395"/>
        <source>shops taking part in events</source>
        <translation>shops taking part in events</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="454"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="455"/>
        <source>market</source>
        <translation>market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="456"/>
        <source>shop</source>
        <translation>shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="457"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="458"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="464"/>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="467"/>
        <source>Row %1, column &apos;%2&apos;</source>
        <translation>Row %1, column &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="471"/>
        <source>(it says: %1)</source>
        <translation>(it says: %1)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="163"/>
        <location filename="../danggol_desktop/error_sentences.py" line="345"/>
        <source>This is an iPhone photo (HEIC), which this program cannot open yet. On the phone, send it as a JPG (in KakaoTalk &apos;send as photo&apos; does this), then choose that.</source>
        <translation>This is an iPhone photo (HEIC), which this program cannot open yet. On the phone, send it as a JPG (in KakaoTalk &apos;send as photo&apos; does this), then choose that.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="260"/>
        <source>Please write the credit in won with digits, for example 3000000 or 3,000,000.</source>
        <translation>Please write the credit in won with digits, for example 3000000 or 3,000,000.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="349"/>
        <source>That file is not a photo this program can open. Please choose a JPG or PNG photo.</source>
        <translation>That file is not a photo this program can open. Please choose a JPG or PNG photo.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="352"/>
        <source>That picture is far too large to open safely. Please choose a normal phone photo.</source>
        <translation>That picture is far too large to open safely. Please choose a normal phone photo.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="355"/>
        <source>That photo file is damaged or cut short. Please choose another one.</source>
        <translation>That photo file is damaged or cut short. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="356"/>
        <source>The picture does not get small enough for Kakao even at the lowest quality. Please use a simpler photo.</source>
        <translation>The picture does not get small enough for Kakao even at the lowest quality. Please use a simpler photo.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="360"/>
        <source>Some words do not fit on the picture even at the smallest readable size. Please shorten them.</source>
        <translation>Some words do not fit on the picture even at the smallest readable size. Please shorten them.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="363"/>
        <source>The picture file must end in .jpg or .png (a flyer may also be .pdf).</source>
        <translation>The picture file must end in .jpg or .png (a flyer may also be .pdf).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="366"/>
        <source>As a PNG this picture is over Kakao&apos;s size limit. Please save it as .jpg instead.</source>
        <translation>As a PNG this picture is over Kakao&apos;s size limit. Please save it as .jpg instead.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="369"/>
        <source>Please choose what kind of picture to make.</source>
        <translation>Please choose what kind of picture to make.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="370"/>
        <source>A flyer needs at least 2 products. Please add one more.</source>
        <translation>A flyer needs at least 2 products. Please add one more.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="371"/>
        <source>A flyer has room for 6 products at most.</source>
        <translation>A flyer has room for 6 products at most.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="372"/>
        <source>Please write the product&apos;s name.</source>
        <translation>Please write the product&apos;s name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="374"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="383"/>
        <source>markets</source>
        <translation>markets</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="384"/>
        <source>shops</source>
        <translation>shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="385"/>
        <source>friend counts</source>
        <translation>friend counts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="386"/>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="387"/>
        <source>posters</source>
        <translation>posters</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="388"/>
        <source>practice sessions</source>
        <translation>practice sessions</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="389"/>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="390"/>
        <source>curriculum ticks</source>
        <translation>curriculum ticks</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="391"/>
        <source>channel texts</source>
        <translation>channel texts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="392"/>
        <source>coupons</source>
        <translation>coupons</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="393"/>
        <source>posts</source>
        <translation>posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="412"/>
        <source>(The file is of format %1; this computer reads up to %2.)</source>
        <translation>(The file is of format %1; this computer reads up to %2.)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="419"/>
        <source>The first one: %1, record %2 (%3).</source>
        <translation>The first one: %1, record %2 (%3).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="429"/>
        <source>Some records in this file are dated after this computer&apos;s today. This computer&apos;s date may be behind — please check it.</source>
        <translation>Some records in this file are dated after this computer&apos;s today. This computer&apos;s date may be behind — please check it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="443"/>
        <source>Saved. But the day&apos;s backup copy could not be made:</source>
        <translation>Saved. But the day&apos;s backup copy could not be made:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="444"/>
        <source>The day&apos;s backup copy could not be made. Your records are as they were:</source>
        <translation>The day&apos;s backup copy could not be made. Your records are as they were:</translation>
    </message>
</context>
<context>
    <name>FieldsStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="83"/>
        <source>What is it? (goods)</source>
        <translation>What is it? (goods)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="84"/>
        <source>Usual price (won)</source>
        <translation>Usual price (won)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="85"/>
        <source>Sale price (won)</source>
        <translation>Sale price (won)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="86"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="87"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="88"/>
        <source>How many, if limited (optional)</source>
        <translation>How many, if limited (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="89"/>
        <source>What you give</source>
        <translation>What you give</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="90"/>
        <source>New opening hours</source>
        <translation>New opening hours</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="91"/>
        <source>Which day is it?</source>
        <translation>Which day is it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="92"/>
        <source>What is it called?</source>
        <translation>What is it called?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="93"/>
        <source>Where is it in the market? (optional)</source>
        <translation>Where is it in the market? (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="94"/>
        <source>Anything else to say (optional)</source>
        <translation>Anything else to say (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="97"/>
        <source>Price (won, optional)</source>
        <translation>Price (won, optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="99"/>
        <source>When they buy (optional)</source>
        <translation>When they buy (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="101"/>
        <source>First day closed</source>
        <translation>First day closed</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="101"/>
        <source>Last day closed</source>
        <translation>Last day closed</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="103"/>
        <source>From which day</source>
        <translation>From which day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="105"/>
        <source>From what time to what time</source>
        <translation>From what time to what time</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="106"/>
        <source>What is on (optional)</source>
        <translation>What is on (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="108"/>
        <source>Usual price (won, optional)</source>
        <translation>Usual price (won, optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="109"/>
        <source>Group buying price (won)</source>
        <translation>Group buying price (won)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="111"/>
        <source>What is given, e.g. a 5,000 won Onnuri voucher</source>
        <translation>What is given, e.g. a 5,000 won Onnuri voucher</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="112"/>
        <source>For what purchase (optional)</source>
        <translation>For what purchase (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="114"/>
        <source>Name of the festival</source>
        <translation>Name of the festival</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="115"/>
        <source>Prizes (optional)</source>
        <translation>Prizes (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="116"/>
        <source>Hours (optional)</source>
        <translation>Hours (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="118"/>
        <source>What is good to buy (optional)</source>
        <translation>What is good to buy (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="120"/>
        <source>What is the notice about?</source>
        <translation>What is the notice about?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="122"/>
        <source>Name of the new shop</source>
        <translation>Name of the new shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="123"/>
        <source>What does it sell?</source>
        <translation>What does it sell?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="133"/>
        <source>Free parking</source>
        <translation>Free parking</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="133"/>
        <source>Market closed</source>
        <translation>Market closed</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="133"/>
        <source>Building work</source>
        <translation>Building work</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="146"/>
        <source>Step 2 of 5: %1 — fill in the details</source>
        <translation>Step 2 of 5: %1 — fill in the details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="163"/>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="219"/>
        <source>Digits only, e.g. 3000</source>
        <translation>Digits only, e.g. 3000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="167"/>
        <source>e.g. 9 am to 7 pm</source>
        <translation>e.g. 9 am to 7 pm</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="167"/>
        <source>e.g. 6 pm to 10 pm</source>
        <translation>e.g. 6 pm to 10 pm</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="216"/>
        <source>It will read: %1</source>
        <translation>It will read: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="240"/>
        <source>The first day, %1, has already passed. Is that right?</source>
        <translation>The first day, %1, has already passed. Is that right?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="242"/>
        <source>Is the day right?</source>
        <translation>Is the day right?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="242"/>
        <source>Yes, it is right</source>
        <translation>Yes, it is right</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="243"/>
        <source>No, let me change it</source>
        <translation>No, let me change it</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="18"/>
        <source>File for printing (*.pdf)</source>
        <translation>File for printing (*.pdf)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="19"/>
        <source>Picture file (*.png)</source>
        <translation>Picture file (*.png)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="20"/>
        <source>Picture file (*.jpg)</source>
        <translation>Picture file (*.jpg)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="21"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.heif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="22"/>
        <source>File for Excel (*.csv)</source>
        <translation>File for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="23"/>
        <source>Danggol data file (*.danggol)</source>
        <translation>Danggol data file (*.danggol)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="26"/>
        <source>the Desktop</source>
        <translation>the Desktop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="27"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="28"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="80"/>
        <source>the folder &apos;%1&apos;</source>
        <translation>the folder &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="84"/>
        <source>Saved in %1 as &apos;%2&apos;.</source>
        <translation>Saved in %1 as &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="123"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="26"/>
        <source>Step 5 of 5: Ready to send</source>
        <translation>Step 5 of 5: Ready to send</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="28"/>
        <source>Press Copy, open your channel&apos;s admin page, and paste the message there to send it.</source>
        <translation>Press Copy, open your channel&apos;s admin page, and paste the message there to send it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="29"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="32"/>
        <source>Copy the picture</source>
        <translation>Copy the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="38"/>
        <source>Open the KakaoTalk Channel admin page</source>
        <translation>Open the KakaoTalk Channel admin page</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="45"/>
        <source>I have sent it</source>
        <translation>I have sent it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="48"/>
        <source>Keep it in my message box</source>
        <translation>Keep it in my message box</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="51"/>
        <source>Open my message box</source>
        <translation>Open my message box</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="61"/>
        <source>The web browser could not be opened. On your phone, open the KakaoTalk Channel admin app, or on another computer go to %1.</source>
        <translation>The web browser could not be opened. On your phone, open the KakaoTalk Channel admin app, or on another computer go to %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="75"/>
        <source>Picture copied! Paste it into the channel admin page, then copy the words.</source>
        <translation>Picture copied! Paste it into the channel admin page, then copy the words.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="79"/>
        <source>Copied! Now paste it into the channel admin page.</source>
        <translation>Copied! Now paste it into the channel admin page.</translation>
    </message>
</context>
<context>
    <name>FriendChart</name>
    <message>
        <location filename="../danggol_desktop/charts/friend_chart.py" line="77"/>
        <source>No counts in this period yet.</source>
        <translation>No counts in this period yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/charts/friend_chart.py" line="143"/>
        <source>Goal %1</source>
        <translation>Goal %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/charts/friend_chart.py" line="184"/>
        <source>Days a message was sent</source>
        <translation>Days a message was sent</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_chart.py" line="20"/>
        <source>Friend count chart</source>
        <translation>Friend count chart</translation>
    </message>
</context>
<context>
    <name>FriendHistoryPage</name>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="34"/>
        <source>Friend count records</source>
        <translation>Friend count records</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="131"/>
        <source>The record of %1 was not deleted.</source>
        <translation>The record of %1 was not deleted.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="137"/>
        <source>The record of %1 was deleted. Press Undo on its line to bring it back.</source>
        <translation>The record of %1 was deleted. Press Undo on its line to bring it back.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="146"/>
        <source>The record of %1 was not brought back.</source>
        <translation>The record of %1 was not brought back.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="159"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="99"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="162"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="51"/>
        <source>Show older records</source>
        <translation>Show older records</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="56"/>
        <source>← Record a count</source>
        <translation>← Record a count</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="73"/>
        <source>There are no records yet.</source>
        <translation>There are no records yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="96"/>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="96"/>
        <source>Fix the record of %1</source>
        <translation>Fix the record of %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="97"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="162"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="97"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="168"/>
        <source>Delete the record of %1</source>
        <translation>Delete the record of %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="152"/>
        <source>The record of %1 is back.</source>
        <translation>The record of %1 is back.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="167"/>
        <source>Bring back the record of %1</source>
        <translation>Bring back the record of %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="174"/>
        <source>%1 friend counts</source>
        <translation>%1 friend counts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="58"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="174"/>
        <source>Save for Excel</source>
        <translation>Save for Excel</translation>
    </message>
</context>
<context>
    <name>FriendsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="66"/>
        <source>◀ Day before</source>
        <translation>◀ Day before</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="66"/>
        <source>◀ Prev</source>
        <translation>◀ Prev</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="69"/>
        <source>Day after ▶</source>
        <translation>Day after ▶</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="69"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="74"/>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="74"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="85"/>
        <source>Number of friends</source>
        <translation>Number of friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="121"/>
        <source>4 weeks</source>
        <translation>4 weeks</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="121"/>
        <source>3 months</source>
        <translation>3 months</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="121"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="133"/>
        <source>Set my own goal</source>
        <translation>Set my own goal</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="151"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="43"/>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="185"/>
        <source>How many friends today?</source>
        <translation>How many friends today?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="142"/>
        <source>Past records</source>
        <translation>Past records</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="144"/>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="174"/>
        <source>The graph</source>
        <translation>The graph</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="146"/>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="174"/>
        <source>The number</source>
        <translation>The number</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="186"/>
        <source>How many friends that day?</source>
        <translation>How many friends that day?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="205"/>
        <source>The first record</source>
        <translation>The first record</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="206"/>
        <source>Last time %1</source>
        <translation>Last time %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="208"/>
        <source>No earlier record yet. This will be the first one.</source>
        <translation>No earlier record yet. This will be the first one.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="210"/>
        <source>Last record: %1, %2</source>
        <translation>Last record: %1, %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="219"/>
        <source>Write your first count and your progress will show here.</source>
        <translation>Write your first count and your progress will show here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="225"/>
        <source>%n more than last week.</source>
        <translation>
            <numerusform>%n more friend than last week.</numerusform>
            <numerusform>%n more friends than last week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="226"/>
        <source>%n fewer than last week.</source>
        <translation>
            <numerusform>%n friend fewer than last week.</numerusform>
            <numerusform>%n friends fewer than last week.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="227"/>
        <source>The same as last week.</source>
        <translation>The same as last week.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="229"/>
        <source>%n more than last time.</source>
        <translation>
            <numerusform>%n more friend than last time.</numerusform>
            <numerusform>%n more friends than last time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="230"/>
        <source>%n fewer than last time.</source>
        <translation>
            <numerusform>%n friend fewer than last time.</numerusform>
            <numerusform>%n friends fewer than last time.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="231"/>
        <source>The same as last time.</source>
        <translation>The same as last time.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="232"/>
        <source>%n to go until your goal of %1.</source>
        <translation>
            <numerusform>%n friend to go until your goal of %1.</numerusform>
            <numerusform>%n friends to go until your goal of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="235"/>
        <source>At this pace you reach it in about %n days.</source>
        <translation>
            <numerusform>At this pace you reach it in about %n day.</numerusform>
            <numerusform>At this pace you reach it in about %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="248"/>
        <source>Coupon &apos;%1&apos;: used by %2 customers.</source>
        <translation>Coupon &apos;%1&apos;: used by %2 customers.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="256"/>
        <source>My goal</source>
        <translation>My goal</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="256"/>
        <source>How many friends would you like to have?</source>
        <translation>How many friends would you like to have?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="261"/>
        <source>The goal was not saved.</source>
        <translation>The goal was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="23"/>
        <source>%1 already has %2 written down. Change it to %3?</source>
        <translation>%1 already has %2 written down. Change it to %3?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="26"/>
        <source>Change the record?</source>
        <translation>Change the record?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="27"/>
        <source>Yes, change it</source>
        <translation>Yes, change it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="28"/>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="36"/>
        <source>Is that right? That is more than 20% fewer than last time (%1). It can happen when customers block the channel, so you can save it.</source>
        <translation>Is that right? That is more than 20% fewer than last time (%1). It can happen when customers block the channel, so you can save it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="39"/>
        <source>Is that right?</source>
        <translation>Is that right?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="40"/>
        <source>Yes, it is right</source>
        <translation>Yes, it is right</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="41"/>
        <source>No, let me fix it</source>
        <translation>No, let me fix it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="293"/>
        <source>The count of %1 (%2) was not saved.</source>
        <translation>The count of %1 (%2) was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="308"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="310"/>
        <source>Saved: %1, %2.</source>
        <translation>Saved: %1, %2.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="315"/>
        <source>Congratulations! You passed %1 friends!</source>
        <translation>Congratulations! You passed %1 friends!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="316"/>
        <source>Well done! Over %1!</source>
        <translation>Well done! Over %1!</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="24"/>
        <source>Hello, owner of %1!</source>
        <translation>Hello, owner of %1!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="24"/>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="26"/>
        <source>What would you like to do today? Press one of the big buttons.</source>
        <translation>What would you like to do today? Press one of the big buttons.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="40"/>
        <source>Settings (text size, screen, shop)</source>
        <translation>Settings (text size, screen, shop)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="42"/>
        <source>Switch shop</source>
        <translation>Switch shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="56"/>
        <source>Write a promotion message</source>
        <translation>Write a promotion message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="57"/>
        <source>Write a message for your customers, step by step</source>
        <translation>Write a message for your customers, step by step</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="59"/>
        <source>Make a QR poster</source>
        <translation>Make a QR poster</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="59"/>
        <source>A sign customers scan to become your channel friends</source>
        <translation>A sign customers scan to become your channel friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="60"/>
        <source>Record friend count</source>
        <translation>Record friend count</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="60"/>
        <source>Write down today&apos;s number and see it grow</source>
        <translation>Write down today&apos;s number and see it grow</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="61"/>
        <source>Decorate your channel</source>
        <translation>Decorate your channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="62"/>
        <source>Profile, welcome message, coupon, chat answers and posts</source>
        <translation>Profile, welcome message, coupon, chat answers and posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="45"/>
        <source>Tutor mode</source>
        <translation>Tutor mode</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="46"/>
        <source>For digital tutors: many shops, practice and reports</source>
        <translation>For digital tutors: many shops, practice and reports</translation>
    </message>
</context>
<context>
    <name>KakaoBubble</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/kakao_bubble.py" line="34"/>
        <source>The message&apos;s picture</source>
        <translation>The message&apos;s picture</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="20"/>
        <source>Sale or special price</source>
        <translation>Sale or special price</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="21"/>
        <source>A lower price for a while</source>
        <translation>A lower price for a while</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="24"/>
        <source>Something new in</source>
        <translation>Something new in</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="25"/>
        <source>Fresh goods just arrived</source>
        <translation>Fresh goods just arrived</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="28"/>
        <source>A gift or extra</source>
        <translation>A gift or extra</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="29"/>
        <source>Something free with a purchase</source>
        <translation>Something free with a purchase</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="32"/>
        <source>Days we are closed</source>
        <translation>Days we are closed</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="33"/>
        <source>Holidays and days off</source>
        <translation>Holidays and days off</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="36"/>
        <source>New opening hours</source>
        <translation>New opening hours</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="37"/>
        <source>When the shop opens and closes</source>
        <translation>When the shop opens and closes</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="40"/>
        <source>Holiday greetings</source>
        <translation>Holiday greetings</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="41"/>
        <source>Chuseok, Seollal and other days</source>
        <translation>Chuseok, Seollal and other days</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="44"/>
        <source>Night market</source>
        <translation>Night market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="45"/>
        <source>Evenings when the market stays open</source>
        <translation>Evenings when the market stays open</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="48"/>
        <source>Group buying</source>
        <translation>Group buying</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="49"/>
        <source>Shops selling one thing together</source>
        <translation>Shops selling one thing together</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="52"/>
        <source>Onnuri voucher days</source>
        <translation>Onnuri voucher days</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="53"/>
        <source>Vouchers given for shopping</source>
        <translation>Vouchers given for shopping</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="56"/>
        <source>Festival and prizes</source>
        <translation>Festival and prizes</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="57"/>
        <source>A market festival or prize draw</source>
        <translation>A market festival or prize draw</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="60"/>
        <source>Holiday shopping</source>
        <translation>Holiday shopping</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="61"/>
        <source>Shopping for Chuseok or Seollal</source>
        <translation>Shopping for Chuseok or Seollal</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="64"/>
        <source>Parking or closing days</source>
        <translation>Parking or closing days</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="65"/>
        <source>Notices for the whole market</source>
        <translation>Notices for the whole market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="68"/>
        <source>Introduce a new shop</source>
        <translation>Introduce a new shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="69"/>
        <source>A shop that just opened</source>
        <translation>A shop that just opened</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="81"/>
        <source>Step 1 of 5: What would you like to tell your customers?</source>
        <translation>Step 1 of 5: What would you like to tell your customers?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="100"/>
        <source>Coming up soon — press one to send a greeting:</source>
        <translation>Coming up soon — press one to send a greeting:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="78"/>
        <source>What is the picture for?</source>
        <translation>What is the picture for?</translation>
    </message>
</context>
<context>
    <name>KitCards</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/picture_preview.py" line="27"/>
        <source>Preview of the picture</source>
        <translation>Preview of the picture</translation>
    </message>
</context>
<context>
    <name>KitSteps</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="117"/>
        <source>Copy this answer</source>
        <translation>Copy this answer</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="118"/>
        <source>Copy: %1</source>
        <translation>Copy: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="124"/>
        <source>Or start from one of these (press one):</source>
        <translation>Or start from one of these (press one):</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="165"/>
        <source>What you wrote was not saved.</source>
        <translation>What you wrote was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="179"/>
        <source>Copied. Paste it in the KakaoTalk Channel admin.</source>
        <translation>Copied. Paste it in the KakaoTalk Channel admin.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="197"/>
        <source>✓ I did it</source>
        <translation>✓ I did it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="205"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="206"/>
        <source>Undo: it is not done yet</source>
        <translation>Undo: it is not done yet</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="316"/>
        <source>To the list →</source>
        <translation>To the list →</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="246"/>
        <source>%1 copied. Paste it in the KakaoTalk Channel admin.</source>
        <translation>%1 copied. Paste it in the KakaoTalk Channel admin.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="263"/>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="280"/>
        <source>The tick was not saved.</source>
        <translation>The tick was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="267"/>
        <source>✓ Done on %1. Your tutor sees it too.</source>
        <translation>✓ Done on %1. Your tutor sees it too.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="284"/>
        <source>Undone: it is not marked as done.</source>
        <translation>Undone: it is not marked as done.</translation>
    </message>
</context>
<context>
    <name>LayoutStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="83"/>
        <source>Step 2 of 4: Which kind of poster?</source>
        <translation>Step 2 of 4: Which kind of poster?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="84"/>
        <source>The picture on the right shows how it will look.</source>
        <translation>The picture on the right shows how it will look.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="85"/>
        <source>The picture below the choices shows how it will look.</source>
        <translation>The picture below the choices shows how it will look.</translation>
    </message>
</context>
<context>
    <name>LimitedEdit</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/limited_edit.py" line="119"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/limited_edit.py" line="136"/>
        <source>%1 too many: the marked part does not fit.</source>
        <translation>%1 too many: the marked part does not fit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="87"/>
        <source>Danggol — %1</source>
        <translation>Danggol — %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="104"/>
        <source>Practice: %1 — messages written now are kept as practice, not counted as sent.</source>
        <translation>Practice: %1 — messages written now are kept as practice, not counted as sent.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="190"/>
        <source>Continue?</source>
        <translation>Continue?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="191"/>
        <source>You have a message you had started. Continue writing it?</source>
        <translation>You have a message you had started. Continue writing it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="192"/>
        <source>Continue it</source>
        <translation>Continue it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="193"/>
        <source>Start a new one</source>
        <translation>Start a new one</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="198"/>
        <source>The message you had started was not put away.</source>
        <translation>The message you had started was not put away.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="352"/>
        <source>The shop was not switched. You are still working on %1.</source>
        <translation>The shop was not switched. You are still working on %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="369"/>
        <source>Switch shop</source>
        <translation>Switch shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="370"/>
        <source>Which shop are you working on?</source>
        <translation>Which shop are you working on?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="421"/>
        <source>The setting was not saved.</source>
        <translation>The setting was not saved.</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="33"/>
        <source>Market channel and events</source>
        <translation>Market channel and events</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="39"/>
        <source>Which market?</source>
        <translation>Which market?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="53"/>
        <source>The market&apos;s own channel (merchants&apos; association)</source>
        <translation>The market&apos;s own channel (merchants&apos; association)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="54"/>
        <source>Market channel address</source>
        <translation>Market channel address</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="55"/>
        <source>It starts with pf.kakao.com/_ . You can paste it as it is.</source>
        <translation>It starts with pf.kakao.com/_ . You can paste it as it is.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="56"/>
        <source>Search ID (optional)</source>
        <translation>Search ID (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="56"/>
        <source>e.g. @sinyoung</source>
        <translation>e.g. @sinyoung</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="57"/>
        <source>Free message credit received (optional)</source>
        <translation>Free message credit received (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="65"/>
        <source>Save the market channel</source>
        <translation>Save the market channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="73"/>
        <source>A market-wide event</source>
        <translation>A market-wide event</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="74"/>
        <source>Name of the event</source>
        <translation>Name of the event</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="74"/>
        <source>e.g. Kimchi-making festival</source>
        <translation>e.g. Kimchi-making festival</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="76"/>
        <source>e.g. a prize draw for purchases over 30,000 won</source>
        <translation>e.g. a prize draw for purchases over 30,000 won</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="75"/>
        <source>What customers get</source>
        <translation>What customers get</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="58"/>
        <source>e.g. 3,000,000 won</source>
        <translation>e.g. 3,000,000 won</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="83"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="83"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="90"/>
        <source>Shops taking part</source>
        <translation>Shops taking part</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="91"/>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="92"/>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="111"/>
        <source>Make the event&apos;s pieces</source>
        <translation>Make the event&apos;s pieces</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="166"/>
        <source>The market channel was not saved.</source>
        <translation>The market channel was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="177"/>
        <source>Saved: %1&apos;s channel.</source>
        <translation>Saved: %1&apos;s channel.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="186"/>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="191"/>
        <source>Where shall the event&apos;s pieces go?</source>
        <translation>Where shall the event&apos;s pieces go?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="218"/>
        <source>%1 event</source>
        <translation>%1 event</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="231"/>
        <source>Please save the market channel&apos;s address above first.</source>
        <translation>Please save the market channel&apos;s address above first.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="234"/>
        <source>Made the message, post, poster, stamp card and %1 window signs.</source>
        <translation>Made the message, post, poster, stamp card and %1 window signs.</translation>
    </message>
</context>
<context>
    <name>MarketPicker</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="38"/>
        <source>Find a market</source>
        <translation>Find a market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="39"/>
        <source>e.g. 신영</source>
        <translation>e.g. 신영</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="70"/>
        <source>No market has that name.</source>
        <translation>No market has that name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="72"/>
        <source>%1 more markets: type part of the name to find one.</source>
        <translation>%1 more markets: type part of the name to find one.</translation>
    </message>
</context>
<context>
    <name>MessageBoxPage</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="33"/>
        <source>My message box</source>
        <translation>My message box</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="41"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="50"/>
        <source>Sent a message from the Kakao app on your phone? Record it here so it counts too.</source>
        <translation>Sent a message from the Kakao app on your phone? Record it here so it counts too.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="55"/>
        <source>Day it was sent</source>
        <translation>Day it was sent</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="58"/>
        <source>What it said (optional)</source>
        <translation>What it said (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="60"/>
        <source>Record it as sent</source>
        <translation>Record it as sent</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="69"/>
        <source>Write a new message</source>
        <translation>Write a new message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="71"/>
        <source>My pictures · make a picture</source>
        <translation>My pictures · make a picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="81"/>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="83"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="84"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="97"/>
        <source>No messages yet. Kept and sent messages will be listed here.</source>
        <translation>No messages yet. Kept and sent messages will be listed here.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="105"/>
        <source>Write again</source>
        <translation>Write again</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="105"/>
        <source>Write this message again</source>
        <translation>Write this message again</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="106"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="106"/>
        <source>Delete this message</source>
        <translation>Delete this message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="122"/>
        <source>The message of %1 was not recorded.</source>
        <translation>The message of %1 was not recorded.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="131"/>
        <source>Recorded: a message sent on %1.</source>
        <translation>Recorded: a message sent on %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="139"/>
        <source>The message was not deleted.</source>
        <translation>The message was not deleted.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="142"/>
        <source>The message was deleted.</source>
        <translation>The message was deleted.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="152"/>
        <source>The message was not brought back.</source>
        <translation>The message was not brought back.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="155"/>
        <source>The message is back.</source>
        <translation>The message is back.</translation>
    </message>
</context>
<context>
    <name>MessageWizardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="30"/>
        <source>Write a promotion message</source>
        <translation>Write a promotion message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="29"/>
        <source>My message box</source>
        <translation>My message box</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="61"/>
        <source>The unfinished message was not kept. What you wrote is still on the screen.</source>
        <translation>The unfinished message was not kept. What you wrote is still on the screen.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="70"/>
        <source>It was not recorded as sent.</source>
        <translation>It was not recorded as sent.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="71"/>
        <source>The message was not kept.</source>
        <translation>The message was not kept.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="80"/>
        <source>Kept as practice. It does not count as sent.</source>
        <translation>Kept as practice. It does not count as sent.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="82"/>
        <source>Recorded as sent today. Well done!</source>
        <translation>Recorded as sent today. Well done!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="84"/>
        <source>Kept in your message box.</source>
        <translation>Kept in your message box.</translation>
    </message>
</context>
<context>
    <name>MyPicturesPage</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="30"/>
        <source>My pictures</source>
        <translation>My pictures</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="33"/>
        <source>Make a new picture</source>
        <translation>Make a new picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="41"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="59"/>
        <source>No pictures yet. Press &apos;Make a new picture&apos; to start.</source>
        <translation>No pictures yet. Press &apos;Make a new picture&apos; to start.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="79"/>
        <source>(file missing)</source>
        <translation>(file missing)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="89"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="90"/>
        <source>Copy this picture</source>
        <translation>Copy this picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="92"/>
        <source>Save as a file</source>
        <translation>Save as a file</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="94"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="95"/>
        <source>Remove this picture from the list</source>
        <translation>Remove this picture from the list</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="107"/>
        <source>The picture&apos;s file is missing from this computer.</source>
        <translation>The picture&apos;s file is missing from this computer.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="110"/>
        <source>Copied. Paste it into KakaoTalk with Ctrl+V.</source>
        <translation>Copied. Paste it into KakaoTalk with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="115"/>
        <source>Save the picture</source>
        <translation>Save the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="115"/>
        <source>picture</source>
        <translation>picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="127"/>
        <source>The picture was not removed.</source>
        <translation>The picture was not removed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="131"/>
        <source>Removed from the list.</source>
        <translation>Removed from the list.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="141"/>
        <source>It is back in the list.</source>
        <translation>It is back in the list.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="30"/>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="31"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="32"/>
        <source>Clear the number</source>
        <translation>Clear the number</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="33"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="34"/>
        <source>← Erase</source>
        <translation>← Erase</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="35"/>
        <source>Erase the last digit</source>
        <translation>Erase the last digit</translation>
    </message>
</context>
<context>
    <name>OutputStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="244"/>
        <source>Step 4 of 4: Print or save</source>
        <translation>Step 4 of 4: Print or save</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="245"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="247"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="249"/>
        <source>Save as a picture</source>
        <translation>Save as a picture</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="114"/>
        <source>More below ↓</source>
        <translation>More below ↓</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="118"/>
        <source>There is more below. Show it</source>
        <translation>There is more below. Show it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="185"/>
        <source>← Home</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="186"/>
        <source>Back to the home screen</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="192"/>
        <source>🔊 Read aloud</source>
        <translation>🔊 Read aloud</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="193"/>
        <source>Read the question aloud</source>
        <translation>Read the question aloud</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="324"/>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="155"/>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="319"/>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="365"/>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="326"/>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="95"/>
        <source>Which photo?</source>
        <translation>Which photo?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="98"/>
        <source>Choose a photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="100"/>
        <source>Without a photo</source>
        <translation>Without a photo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="107"/>
        <source>The photo chosen</source>
        <translation>The photo chosen</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="118"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="134"/>
        <source>This photo is small (%1 pixels wide): the picture may look blurry. You can still use it.</source>
        <translation>This photo is small (%1 pixels wide): the picture may look blurry. You can still use it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="137"/>
        <source>This is a moving picture: its first frame is used.</source>
        <translation>This is a moving picture: its first frame is used.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="143"/>
        <source>No photo: the picture uses your shop&apos;s colour.</source>
        <translation>No photo: the picture uses your shop&apos;s colour.</translation>
    </message>
</context>
<context>
    <name>PictureChooser</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="22"/>
        <source>Add a picture</source>
        <translation>Add a picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="27"/>
        <source>There are no pictures yet. Make one from My message box with &apos;My pictures · make a picture&apos;.</source>
        <translation>There are no pictures yet. Make one from My message box with &apos;My pictures · make a picture&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="30"/>
        <source>Press the picture to add:</source>
        <translation>Press the picture to add:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="39"/>
        <source>Picture %1</source>
        <translation>Picture %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="50"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PictureMaker</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="48"/>
        <source>File size %1 — within Kakao&apos;s %2.</source>
        <translation>File size %1 — within Kakao&apos;s %2.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="101"/>
        <source>Make a picture</source>
        <translation>Make a picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="112"/>
        <source>Preview of the picture</source>
        <translation>Preview of the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="154"/>
        <source>To my pictures →</source>
        <translation>To my pictures →</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="164"/>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="235"/>
        <source>Scan with the camera and add us as a friend</source>
        <translation>Scan with the camera and add us as a friend</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="200"/>
        <source>The picture was not kept in My pictures.</source>
        <translation>The picture was not kept in My pictures.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="218"/>
        <source>%1 picture</source>
        <translation>%1 picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="219"/>
        <source>Save the picture</source>
        <translation>Save the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="231"/>
        <source>%1 flyer</source>
        <translation>%1 flyer</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="232"/>
        <source>Save the flyer</source>
        <translation>Save the flyer</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="249"/>
        <source>Copied. Paste it into KakaoTalk with Ctrl+V.</source>
        <translation>Copied. Paste it into KakaoTalk with Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>PostCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="94"/>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="108"/>
        <source>1 of 3: The title</source>
        <translation>1 of 3: The title</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="109"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="112"/>
        <source>2 of 3: What you want to say</source>
        <translation>2 of 3: What you want to say</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="113"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>PostFinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="131"/>
        <source>3 of 3: Post it</source>
        <translation>3 of 3: Post it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="132"/>
        <source>In the admin app open 소식 › 새 소식, paste the title and the text, and post it. Then press &apos;I posted it&apos;: the market&apos;s report counts posts.</source>
        <translation>In the admin app open 소식 › 새 소식, paste the title and the text, and post it. Then press &apos;I posted it&apos;: the market&apos;s report counts posts.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="133"/>
        <source>✓ I posted it</source>
        <translation>✓ I posted it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="135"/>
        <source>Copy the title</source>
        <translation>Copy the title</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="135"/>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="137"/>
        <source>The text</source>
        <translation>The text</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="137"/>
        <source>Copy the text</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="145"/>
        <source>The post was not recorded.</source>
        <translation>The post was not recorded.</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="47"/>
        <source>Make a QR poster</source>
        <translation>Make a QR poster</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="82"/>
        <source>The channel address was not kept for next time. The poster still uses it.</source>
        <translation>The channel address was not kept for next time. The poster still uses it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="109"/>
        <source>Done! We scanned the QR code on the poster and it opens your channel. QR code size: %1 cm.</source>
        <translation>Done! We scanned the QR code on the poster and it opens your channel. QR code size: %1 cm.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="119"/>
        <source>Save for printing</source>
        <translation>Save for printing</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="119"/>
        <source>Save as a picture</source>
        <translation>Save as a picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="157"/>
        <source>%1 QR poster</source>
        <translation>%1 QR poster</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="143"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="144"/>
        <source>No printer is connected to this computer, so nothing was printed. Shall we save the poster as a PDF file? Take it on a USB stick to a print shop.</source>
        <translation>No printer is connected to this computer, so nothing was printed. Shall we save the poster as a PDF file? Take it on a USB stick to a print shop.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="146"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="146"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="149"/>
        <source>No printer is connected to this computer, so nothing was printed.</source>
        <translation>No printer is connected to this computer, so nothing was printed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="171"/>
        <source>%n on one sheet. Cut along the marks.</source>
        <translation>
            <numerusform>%n on one sheet. Cut along the marks.</numerusform>
            <numerusform>%n on one sheet. Cut along the marks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="173"/>
        <source>The paper is smaller than the poster, so it comes out at %1%.</source>
        <translation>The paper is smaller than the poster, so it comes out at %1%.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="178"/>
        <source>Sent %n sheet(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n sheet to the printer.</numerusform>
            <numerusform>Sent %n sheets to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="189"/>
        <source>The poster is done, but it was not noted in the shop&apos;s records.</source>
        <translation>The poster is done, but it was not noted in the shop&apos;s records.</translation>
    </message>
</context>
<context>
    <name>PosterPreview</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_preview.py" line="21"/>
        <source>Poster preview</source>
        <translation>Poster preview</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_preview.py" line="79"/>
        <source>The poster will appear here.</source>
        <translation>The poster will appear here.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="28"/>
        <source>Practice session</source>
        <translation>Practice session</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="34"/>
        <source>What are you practising today?</source>
        <translation>What are you practising today?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="34"/>
        <source>e.g. Sending a coupon</source>
        <translation>e.g. Sending a coupon</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="37"/>
        <source>Who came? (tick the shops)</source>
        <translation>Who came? (tick the shops)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="39"/>
        <source>Shops that came</source>
        <translation>Shops that came</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="41"/>
        <source>Start practice</source>
        <translation>Start practice</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="43"/>
        <source>End practice</source>
        <translation>End practice</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="45"/>
        <source>Clear the practice messages of the ticked shops</source>
        <translation>Clear the practice messages of the ticked shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="71"/>
        <source>Practice is on: %1. Messages written now are kept as practice.</source>
        <translation>Practice is on: %1. Messages written now are kept as practice.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="75"/>
        <source>No practice is on. Messages are kept as real ones.</source>
        <translation>No practice is on. Messages are kept as real ones.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="80"/>
        <source>Earlier sessions:</source>
        <translation>Earlier sessions:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="95"/>
        <source>The practice was not started.</source>
        <translation>The practice was not started.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="108"/>
        <source>The practice was not ended.</source>
        <translation>The practice was not ended.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="117"/>
        <source>Tick the shops whose practice messages should go.</source>
        <translation>Tick the shops whose practice messages should go.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="121"/>
        <source>Clear practice messages?</source>
        <translation>Clear practice messages?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="122"/>
        <source>The practice messages of %1 shops will be deleted. Real messages stay.</source>
        <translation>The practice messages of %1 shops will be deleted. Real messages stay.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="125"/>
        <source>Delete them</source>
        <translation>Delete them</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="126"/>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="129"/>
        <source>The practice messages were not deleted.</source>
        <translation>The practice messages were not deleted.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="132"/>
        <source>%1 practice messages deleted.</source>
        <translation>%1 practice messages deleted.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="33"/>
        <source>Step 4 of 5: Check it before sending</source>
        <translation>Step 4 of 5: Check it before sending</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="36"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="37"/>
        <source>Who gets it?</source>
        <translation>Who gets it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="38"/>
        <source>All my friends</source>
        <translation>All my friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="38"/>
        <source>Some of my friends</source>
        <translation>Some of my friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="63"/>
        <source>Add a picture from My pictures</source>
        <translation>Add a picture from My pictures</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="65"/>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="71"/>
        <source>Sending it as a phone text message (SMS) instead? Then it must read:</source>
        <translation>Sending it as a phone text message (SMS) instead? Then it must read:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="75"/>
        <source>Text message version</source>
        <translation>Text message version</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="79"/>
        <source>Can it go as a text message?</source>
        <translation>Can it go as a text message?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="81"/>
        <source>Copy the text-message version</source>
        <translation>Copy the text-message version</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="122"/>
        <source>× The message is empty.</source>
        <translation>× The message is empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="123"/>
        <source>× %1 characters; this kind of message takes at most %2.</source>
        <translation>× %1 characters; this kind of message takes at most %2.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="124"/>
        <source>× %1 line breaks; at most %2 are allowed.</source>
        <translation>× %1 line breaks; at most %2 are allowed.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="125"/>
        <source>△ It is %1 now. Ads sent between 9 pm and 8 am need the customer&apos;s separate consent by law. Please send it after 8 in the morning.</source>
        <translation>△ It is %1 now. Ads sent between 9 pm and 8 am need the customer&apos;s separate consent by law. Please send it after 8 in the morning.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="127"/>
        <source>△ It is after 8 pm. Some services block ads from now on; tomorrow morning is better.</source>
        <translation>△ It is after 8 pm. Some services block ads from now on; tomorrow morning is better.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="129"/>
        <source>△ Kakao does not allow an internet address in a message&apos;s text. Put the address on the message&apos;s button in Kakao instead, or write the channel&apos;s search ID in words (e.g. search @%3 in KakaoTalk).</source>
        <translation>△ Kakao does not allow an internet address in a message&apos;s text. Put the address on the message&apos;s button in Kakao instead, or write the channel&apos;s search ID in words (e.g. search @%3 in KakaoTalk).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="132"/>
        <source>○ In a KakaoTalk Channel message, Kakao adds the (광고) ad label and the free way to stop messages by itself.</source>
        <translation>○ In a KakaoTalk Channel message, Kakao adds the (광고) ad label and the free way to stop messages by itself.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="149"/>
        <source>Record your friend count and we will tell you what sending costs.</source>
        <translation>Record your friend count and we will tell you what sending costs.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="154"/>
        <source>Sending to %1 costs about %2 won (%3 won each, with VAT).</source>
        <translation>Sending to %1 costs about %2 won (%3 won each, with VAT).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="161"/>
        <source>Support credit left: %1 won now, about %2 won after this message.</source>
        <translation>Support credit left: %1 won now, about %2 won after this message.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="164"/>
        <source>The support credit left (%1 won) does not cover this message: the rest is paid from the channel&apos;s own cash.</source>
        <translation>The support credit left (%1 won) does not cover this message: the rest is paid from the channel&apos;s own cash.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="172"/>
        <source>It cannot be sent as a text message yet: an ad sent by text needs a free 080 number for refusing it. Add it in Settings → Change shop details.</source>
        <translation>It cannot be sent as a text message yet: an ad sent by text needs a free 080 number for refusing it. Add it in Settings → Change shop details.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="175"/>
        <source>It goes as one short text message (SMS): %1 of 90 bytes.</source>
        <translation>It goes as one short text message (SMS): %1 of 90 bytes.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="177"/>
        <source>It goes as a long text message (LMS), which costs more than a short one: %1 of 2,000 bytes.</source>
        <translation>It goes as a long text message (LMS), which costs more than a short one: %1 of 2,000 bytes.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="180"/>
        <source>It is too long for a text message: %1 of 2,000 bytes. Please shorten it.</source>
        <translation>It is too long for a text message: %1 of 2,000 bytes. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="183"/>
        <source>A text message cannot carry these: %1. Please take them out.</source>
        <translation>A text message cannot carry these: %1. Please take them out.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="191"/>
        <source>Copied the text-message version.</source>
        <translation>Copied the text-message version.</translation>
    </message>
</context>
<context>
    <name>PrintStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="131"/>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="217"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="139"/>
        <source>Which printer shall we use?</source>
        <translation>Which printer shall we use?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="181"/>
        <source>%1 paper, %2 on a sheet</source>
        <translation>%1 paper, %2 on a sheet</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="184"/>
        <source>%1 paper</source>
        <translation>%1 paper</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="197"/>
        <source>How many sheets?</source>
        <translation>How many sheets?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="198"/>
        <source>One sheet fewer</source>
        <translation>One sheet fewer</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="200"/>
        <source>One sheet more</source>
        <translation>One sheet more</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="219"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="235"/>
        <source>Put %1 paper in the printer.</source>
        <translation>Put %1 paper in the printer.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="240"/>
        <source>%1 sheets</source>
        <translation>%1 sheets</translation>
    </message>
</context>
<context>
    <name>ProductsStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="358"/>
        <source>What is on the flyer (2 to 6)</source>
        <translation>What is on the flyer (2 to 6)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="363"/>
        <source>Product %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="364"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="364"/>
        <source>For example 3000</source>
        <translation>For example 3000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="365"/>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="385"/>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="366"/>
        <source>Photo of product %1</source>
        <translation>Photo of product %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="385"/>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="398"/>
        <source>Photo ✓</source>
        <translation>Photo ✓</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="388"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
</context>
<context>
    <name>ProfileCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="28"/>
        <source>Set up the profile</source>
        <translation>Set up the profile</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="31"/>
        <source>1 of 4: The channel&apos;s name</source>
        <translation>1 of 4: The channel&apos;s name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="32"/>
        <source>Channel name</source>
        <translation>Channel name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="36"/>
        <source>Korean, English letters and numbers; up to 20 characters.</source>
        <translation>Korean, English letters and numbers; up to 20 characters.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="37"/>
        <source>2 of 4: A one-line introduction</source>
        <translation>2 of 4: A one-line introduction</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="38"/>
        <source>Introduction (소개글)</source>
        <translation>Introduction (소개글)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="42"/>
        <source>3 of 4: Hours, phone and address</source>
        <translation>3 of 4: Hours, phone and address</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="43"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="44"/>
        <source>For example: 매일 아침 7시~저녁 8시</source>
        <translation>For example: 매일 아침 7시~저녁 8시</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="45"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="46"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="47"/>
        <source>Closed days (you may leave it empty)</source>
        <translation>Closed days (you may leave it empty)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="49"/>
        <source>You may leave a box empty.</source>
        <translation>You may leave a box empty.</translation>
    </message>
</context>
<context>
    <name>ProfileFinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="64"/>
        <source>4 of 4: The profile picture</source>
        <translation>4 of 4: The profile picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="65"/>
        <source>In the admin app, open 프로필 and set this picture (%1 × %1 pixels, as Kakao recommends) and the introduction.</source>
        <translation>In the admin app, open 프로필 and set this picture (%1 × %1 pixels, as Kakao recommends) and the introduction.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="72"/>
        <source>Make it from a photo</source>
        <translation>Make it from a photo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="73"/>
        <source>Use the shop&apos;s name again</source>
        <translation>Use the shop&apos;s name again</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="70"/>
        <source>Save the picture</source>
        <translation>Save the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="71"/>
        <source>Use my logo or photo instead</source>
        <translation>Use my logo or photo instead</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="74"/>
        <source>Copy the introduction</source>
        <translation>Copy the introduction</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="75"/>
        <source>The introduction</source>
        <translation>The introduction</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="93"/>
        <source>Choose your logo or photo</source>
        <translation>Choose your logo or photo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="116"/>
        <source>%1 profile</source>
        <translation>%1 profile</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="117"/>
        <source>Save the profile picture</source>
        <translation>Save the profile picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="117"/>
        <source>The picture was not saved.</source>
        <translation>The picture was not saved.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="53"/>
        <source>Most friends</source>
        <translation>Most friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="54"/>
        <source>Most new friends</source>
        <translation>Most new friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="55"/>
        <source>Most messages sent</source>
        <translation>Most messages sent</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="56"/>
        <source>Most posts</source>
        <translation>Most posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="57"/>
        <source>Grew the most from where it started</source>
        <translation>Grew the most from where it started</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="65"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="91"/>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="67"/>
        <source>%1 posts</source>
        <translation>%1 posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="78"/>
        <source>Shops taking part</source>
        <translation>Shops taking part</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="79"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="285"/>
        <source>%1 shops</source>
        <translation>%1 shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="80"/>
        <source>%1 with a channel (%2)</source>
        <translation>%1 with a channel (%2)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="85"/>
        <source>Channel friends</source>
        <translation>Channel friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="87"/>
        <source>%1 friends per shop with a channel</source>
        <translation>%1 friends per shop with a channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="90"/>
        <source>Messages sent</source>
        <translation>Messages sent</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="92"/>
        <source>%1 messages per shop with a channel</source>
        <translation>%1 messages per shop with a channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="95"/>
        <source>New friends in the period</source>
        <translation>New friends in the period</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="97"/>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="106"/>
        <source>Posts on channel homes: %1 · Coupons made: %2</source>
        <translation>Posts on channel homes: %1 · Coupons made: %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="117"/>
        <source>Market channel %1: %2 friends%3, %4 messages sent, %5 posts</source>
        <translation>Market channel %1: %2 friends%3, %4 messages sent, %5 posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="130"/>
        <source>Market event %1 (%2): %3 shops took part%4 — %5</source>
        <translation>Market event %1 (%2): %3 shops took part%4 — %5</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="140"/>
        <source>Message credit of %1: %2 won received, about %3 won used, %4 won left</source>
        <translation>Message credit of %1: %2 won received, about %3 won used, %4 won left</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="153"/>
        <source>Curriculum (shops that have done each step, of %1): %2</source>
        <translation>Curriculum (shops that have done each step, of %1): %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="155"/>
        <source>Practice sessions held: %1 · shops that came: %2</source>
        <translation>Practice sessions held: %1 · shops that came: %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="164"/>
        <source>Programme: %1</source>
        <translation>Programme: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="166"/>
        <source>Made by: %1</source>
        <translation>Made by: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="172"/>
        <source>%1: results of the Danggol programme</source>
        <translation>%1: results of the Danggol programme</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="173"/>
        <source>All markets: results of the Danggol programme</source>
        <translation>All markets: results of the Danggol programme</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="235"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="326"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="333"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="236"/>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="284"/>
        <source>In all</source>
        <translation>In all</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="322"/>
        <source>Every market</source>
        <translation>Every market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="323"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="324"/>
        <source>Channel shops</source>
        <translation>Channel shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="324"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="331"/>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="330"/>
        <source>Week by week</source>
        <translation>Week by week</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="331"/>
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="418"/>
        <source>%1 (level)</source>
        <translation>%1 (level)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="420"/>
        <source>%1 and %2 others (level)</source>
        <translation>%1 and %2 others (level)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="422"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="435"/>
        <source>Market channels (merchants&apos; associations)</source>
        <translation>Market channels (merchants&apos; associations)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="442"/>
        <source>A channel shop is a shop whose channel address is written down. Friends, friends per channel shop and the awards count channel shops only.</source>
        <translation>A channel shop is a shop whose channel address is written down. Friends, friends per channel shop and the awards count channel shops only.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="445"/>
        <source>Most new friends: the largest increase in friends (shops starting from 0 included). Grew the most from where it started: only shops that started with at least %1 friends.</source>
        <translation>Most new friends: the largest increase in friends (shops starting from 0 included). Grew the most from where it started: only shops that started with at least %1 friends.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="453"/>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="455"/>
        <source>Shops whose channel address is not written down yet (their counts are not added in): %1</source>
        <translation>Shops whose channel address is not written down yet (their counts are not added in): %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="470"/>
        <source>There are no records in this period yet.</source>
        <translation>There are no records in this period yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="492"/>
        <source>Friends of the whole market, week by week</source>
        <translation>Friends of the whole market, week by week</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="493"/>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="434"/>
        <source>No awards: not enough records yet.</source>
        <translation>No awards: not enough records yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="540"/>
        <source>Page %1 of %2 · made on %3</source>
        <translation>Page %1 of %2 · made on %3</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="228"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="323"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="229"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="230"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="231"/>
        <source>Friends at start</source>
        <translation>Friends at start</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="232"/>
        <source>Friends at end</source>
        <translation>Friends at end</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="233"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="325"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="332"/>
        <source>New friends</source>
        <translation>New friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="234"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="325"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="332"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="514"/>
        <source>Every shop</source>
        <translation>Every shop</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="45"/>
        <source>Market report</source>
        <translation>Market report</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="50"/>
        <source>Which market?</source>
        <translation>Which market?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="51"/>
        <source>All markets</source>
        <translation>All markets</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="57"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="57"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="66"/>
        <source>Programme (printed on the report)</source>
        <translation>Programme (printed on the report)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="67"/>
        <source>Made by (printed on the report)</source>
        <translation>Made by (printed on the report)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="88"/>
        <source>Save for printing</source>
        <translation>Save for printing</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="89"/>
        <source>Save for Excel</source>
        <translation>Save for Excel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="145"/>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="157"/>
        <source>Every shop</source>
        <translation>Every shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="170"/>
        <source>%1 results</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="170"/>
        <source>all markets</source>
        <translation>all markets</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="171"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="182"/>
        <source>The names were not kept for next time.</source>
        <translation>The names were not kept for next time.</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_guard.py" line="22"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_guard.py" line="25"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_guard.py" line="26"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SavePlace</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="39"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="41"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="46"/>
        <source>USB stick &apos;%1&apos;</source>
        <translation>USB stick &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="79"/>
        <source>Where shall we put it?</source>
        <translation>Where shall we put it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="89"/>
        <source>Somewhere else…</source>
        <translation>Somewhere else…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SaveStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="56"/>
        <source>Save it, or copy it into KakaoTalk</source>
        <translation>Save it, or copy it into KakaoTalk</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="61"/>
        <source>Save as a picture file</source>
        <translation>Save as a picture file</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="62"/>
        <source>Copy the picture</source>
        <translation>Copy the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="63"/>
        <source>Save for printing (PDF)</source>
        <translation>Save for printing (PDF)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="77"/>
        <source>The picture</source>
        <translation>The picture</translation>
    </message>
</context>
<context>
    <name>SentenceStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="42"/>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="54"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="39"/>
        <source>Step 3 of 5: Your message — change it as you like</source>
        <translation>Step 3 of 5: Your message — change it as you like</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="60"/>
        <source>Other ready sentences: press one to start from it</source>
        <translation>Other ready sentences: press one to start from it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="67"/>
        <source>How will you send it?</source>
        <translation>How will you send it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="70"/>
        <source>%1 (up to %2 characters)</source>
        <translation>%1 (up to %2 characters)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="77"/>
        <source>These limits are those of messages sent from the KakaoTalk Channel admin (the channel&apos;s own message menu). Kakao&apos;s paid message ads have other limits.</source>
        <translation>These limits are those of messages sent from the KakaoTalk Channel admin (the channel&apos;s own message menu). Kakao&apos;s paid message ads have other limits.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="139"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="140"/>
        <source> · line breaks %1 / %2</source>
        <translation> · line breaks %1 / %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="143"/>
        <source>Too long for this kind of message. Please shorten it.</source>
        <translation>Too long for this kind of message. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="156"/>
        <source>Please write a message.</source>
        <translation>Please write a message.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="42"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="58"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="66"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="48"/>
        <source>The whole screen changes as soon as you press.</source>
        <translation>The whole screen changes as soon as you press.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="58"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="67"/>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="68"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="72"/>
        <source>Shop details</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="77"/>
        <source>Change shop details</source>
        <translation>Change shop details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="80"/>
        <source>Bring back from a backup copy</source>
        <translation>Bring back from a backup copy</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="96"/>
        <source>What kind of shop is it?</source>
        <translation>What kind of shop is it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="97"/>
        <source>Press the one closest to your shop. If none fits, choose Other.</source>
        <translation>Press the one closest to your shop. If none fits, choose Other.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="133"/>
        <source>Press the text that is easy for you to read.</source>
        <translation>Press the text that is easy for you to read.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="153"/>
        <source>Screen colours</source>
        <translation>Screen colours</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="156"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="157"/>
        <source>High contrast (black background)</source>
        <translation>High contrast (black background)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="225"/>
        <source>On your phone, open the KakaoTalk Channel admin app, then your channel, 관리, 상세설정 and 채널 URL. Type here what it shows: it starts with pf.kakao.com/_ .</source>
        <translation>On your phone, open the KakaoTalk Channel admin app, then your channel, 관리, 상세설정 and 채널 URL. Type here what it shows: it starts with pf.kakao.com/_ .</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="302"/>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="307"/>
        <source>Danggol — first setup</source>
        <translation>Danggol — first setup</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="314"/>
        <source>Short questions, one at a time. You can change every answer later in Settings.</source>
        <translation>Short questions, one at a time. You can change every answer later in Settings.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="365"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="134"/>
        <source>The screen changes at once.</source>
        <translation>The screen changes at once.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="320"/>
        <source>Which market&apos;s association is it?</source>
        <translation>Which market&apos;s association is it?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="142"/>
        <source>Normal size</source>
        <translation>Normal size</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="143"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="144"/>
        <source>Very large</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="148"/>
        <source>Text size: %1 (%2%)</source>
        <translation>Text size: %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="183"/>
        <source>Is it a shop&apos;s channel, or the market&apos;s (merchants&apos; association)?</source>
        <translation>Is it a shop&apos;s channel, or the market&apos;s (merchants&apos; association)?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="185"/>
        <source>The market&apos;s channel tells customers about the whole market: night markets, events, parking. The association runs it.</source>
        <translation>The market&apos;s channel tells customers about the whole market: night markets, events, parking. The association runs it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="188"/>
        <source>My shop&apos;s channel</source>
        <translation>My shop&apos;s channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="189"/>
        <source>The market&apos;s channel (association)</source>
        <translation>The market&apos;s channel (association)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="221"/>
        <source>Do you have a KakaoTalk Channel?</source>
        <translation>Do you have a KakaoTalk Channel?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="222"/>
        <source>If not, that is fine: you can make one later with the channel kit.</source>
        <translation>If not, that is fine: you can make one later with the channel kit.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="224"/>
        <source>Channel address</source>
        <translation>Channel address</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="229"/>
        <source>Yes, I have one</source>
        <translation>Yes, I have one</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="230"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="235"/>
        <source>My channel</source>
        <translation>My channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="288"/>
        <source>Please press Yes or Not yet.</source>
        <translation>Please press Yes or Not yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="313"/>
        <source>Welcome! Let&apos;s set up your shop.</source>
        <translation>Welcome! Let&apos;s set up your shop.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="315"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="317"/>
        <source>e.g. Haenam Vegetables</source>
        <translation>e.g. Haenam Vegetables</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="323"/>
        <source>Which market is your shop in?</source>
        <translation>Which market is your shop in?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="324"/>
        <source>Shops of the same market are kept together.</source>
        <translation>Shops of the same market are kept together.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="325"/>
        <source>Market name</source>
        <translation>Market name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="327"/>
        <source>e.g. Sinyeong Market</source>
        <translation>e.g. Sinyeong Market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="331"/>
        <source>What is the association office&apos;s phone number?</source>
        <translation>What is the association office&apos;s phone number?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="334"/>
        <source>What is the shop&apos;s phone number?</source>
        <translation>What is the shop&apos;s phone number?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="335"/>
        <source>It goes on your messages so customers can call. If you would rather not, leave it empty.</source>
        <translation>It goes on your messages so customers can call. If you would rather not, leave it empty.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="336"/>
        <source>Shop phone number (optional)</source>
        <translation>Shop phone number (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="338"/>
        <source>For example 010-1234-5678 or 02-123-4567.</source>
        <translation>For example 010-1234-5678 or 02-123-4567.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="370"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="385"/>
        <source>Your shop was not saved yet.</source>
        <translation>Your shop was not saved yet.</translation>
    </message>
</context>
<context>
    <name>ShopDetailsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="30"/>
        <source>Shop details</source>
        <translation>Shop details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="30"/>
        <source>Add a shop</source>
        <translation>Add a shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="35"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="36"/>
        <source>Market name</source>
        <translation>Market name</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="37"/>
        <source>Shop phone number (optional)</source>
        <translation>Shop phone number (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="38"/>
        <source>For example 010-1234-5678 or 02-123-4567.</source>
        <translation>For example 010-1234-5678 or 02-123-4567.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="40"/>
        <source>KakaoTalk Channel address (optional)</source>
        <translation>KakaoTalk Channel address (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="41"/>
        <source>It starts with pf.kakao.com/_ . You can paste it as it is.</source>
        <translation>It starts with pf.kakao.com/_ . You can paste it as it is.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="44"/>
        <source>Place in the market (optional)</source>
        <translation>Place in the market (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="45"/>
        <source>As people there say it, for example Lane 1, No. 3. It goes on the market&apos;s directory board.</source>
        <translation>As people there say it, for example Lane 1, No. 3. It goes on the market&apos;s directory board.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="48"/>
        <source>Free 080 number for refusing text messages (optional)</source>
        <translation>Free 080 number for refusing text messages (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="49"/>
        <source>Only needed to send ads by text message (SMS): the law asks for a free number to refuse them. Your phone company or a text-message service gives you one, e.g. 080-123-4567.</source>
        <translation>Only needed to send ads by text message (SMS): the law asks for a free number to refuse them. Your phone company or a text-message service gives you one, e.g. 080-123-4567.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="53"/>
        <source>Free message credit received (optional)</source>
        <translation>Free message credit received (optional)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="54"/>
        <source>The money the programme gave for sending messages, e.g. 3,000,000. Before each message we say what is left.</source>
        <translation>The money the programme gave for sending messages, e.g. 3,000,000. Before each message we say what is left.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="67"/>
        <source>Kind of shop</source>
        <translation>Kind of shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="84"/>
        <source>Save shop details</source>
        <translation>Save shop details</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="137"/>
        <source>A new market?</source>
        <translation>A new market?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="137"/>
        <source>&apos;%1&apos; is not one of the markets here. Make it a new market?</source>
        <translation>&apos;%1&apos; is not one of the markets here. Make it a new market?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="138"/>
        <source>Yes, a new market</source>
        <translation>Yes, a new market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="138"/>
        <source>No, let me choose</source>
        <translation>No, let me choose</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="142"/>
        <source>The shop details were not saved.</source>
        <translation>The shop details were not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="159"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ShopsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="31"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="175"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="39"/>
        <source>QR posters for every shop of %1 (one PDF)</source>
        <translation>QR posters for every shop of %1 (one PDF)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="43"/>
        <source>QR posters for every shop of every market (one PDF)</source>
        <translation>QR posters for every shop of every market (one PDF)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="47"/>
        <source>Directory board of %1 (A4 PDF)</source>
        <translation>Directory board of %1 (A4 PDF)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="60"/>
        <source>Work on this shop</source>
        <translation>Work on this shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="61"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="62"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="71"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="205"/>
        <source>Put-away shops</source>
        <translation>Put-away shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="72"/>
        <source>Their records are kept. Bring one back to work on it again.</source>
        <translation>Their records are kept. Bring one back to work on it again.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="78"/>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="82"/>
        <source>Add a shop</source>
        <translation>Add a shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="100"/>
        <source>every market</source>
        <translation>every market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="103"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="142"/>
        <source>No shop of %1 has a channel address yet.</source>
        <translation>No shop of %1 has a channel address yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="106"/>
        <source>Save the posters</source>
        <translation>Save the posters</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="106"/>
        <source>%1 QR posters</source>
        <translation>%1 QR posters</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="128"/>
        <source>The posters are made, but not noted in the shops&apos; records.</source>
        <translation>The posters are made, but not noted in the shops&apos; records.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="130"/>
        <source>%1 posters.</source>
        <translation>%1 posters.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="145"/>
        <source>Save the directory board</source>
        <translation>Save the directory board</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="145"/>
        <source>%1 directory board</source>
        <translation>%1 directory board</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="157"/>
        <source>%1 shops on %2 pages.</source>
        <translation>%1 shops on %2 pages.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="159"/>
        <source>Not on it yet (no channel address): %1</source>
        <translation>Not on it yet (no channel address): %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="171"/>
        <source>(now)</source>
        <translation>(now)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="172"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="204"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="204"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="190"/>
        <source>Two shops have the same name: %1. Choose one and press Change to give it another name.</source>
        <translation>Two shops have the same name: %1. Choose one and press Change to give it another name.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="218"/>
        <source>%1 was not brought back.</source>
        <translation>%1 was not brought back.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="226"/>
        <source>%1 is back in the list, with all its records.</source>
        <translation>%1 is back in the list, with all its records.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="241"/>
        <source>The shop you are working on cannot be archived. Switch to another first.</source>
        <translation>The shop you are working on cannot be archived. Switch to another first.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="244"/>
        <source>Archive the shop?</source>
        <translation>Archive the shop?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="245"/>
        <source>%1 will leave the lists and reports. Its records are kept.</source>
        <translation>%1 will leave the lists and reports. Its records are kept.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="246"/>
        <source>Archive it</source>
        <translation>Archive it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="246"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="248"/>
        <source>%1 was not archived.</source>
        <translation>%1 was not archived.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="250"/>
        <source>%1 was archived; its records are kept.</source>
        <translation>%1 was archived; its records are kept.</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="29"/>
        <source>Data on a USB stick</source>
        <translation>Data on a USB stick</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="32"/>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="65"/>
        <source>Save to a file</source>
        <translation>Save to a file</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="33"/>
        <source>Save this shop (%1)</source>
        <translation>Save this shop (%1)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="34"/>
        <source>Save the whole market (%1)</source>
        <translation>Save the whole market (%1)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="35"/>
        <source>Save everything (every market)</source>
        <translation>Save everything (every market)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="42"/>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="112"/>
        <source>Bring in a file</source>
        <translation>Bring in a file</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="46"/>
        <source>Bring in a .danggol file…</source>
        <translation>Bring in a .danggol file…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="51"/>
        <source>Rename one of them</source>
        <translation>Rename one of them</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="64"/>
        <source>Danggol all markets</source>
        <translation>Danggol all markets</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="71"/>
        <source>The file was not saved.</source>
        <translation>The file was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="77"/>
        <source>%1 shops.</source>
        <translation>%1 shops.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="82"/>
        <source>markets</source>
        <translation>markets</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="82"/>
        <source>shops</source>
        <translation>shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="82"/>
        <source>friend counts</source>
        <translation>friend counts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="83"/>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="83"/>
        <source>posters</source>
        <translation>posters</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="84"/>
        <source>practice sessions</source>
        <translation>practice sessions</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="84"/>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="85"/>
        <source>curriculum ticks</source>
        <translation>curriculum ticks</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="87"/>
        <source>market events</source>
        <translation>market events</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="88"/>
        <source>shops taking part in events</source>
        <translation>shops taking part in events</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="146"/>
        <source>Rename %1 (the one added last)</source>
        <translation>Rename %1 (the one added last)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="96"/>
        <source>Nothing new: this computer already has all of it.</source>
        <translation>Nothing new: this computer already has all of it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="131"/>
        <source>Bring it in?</source>
        <translation>Bring it in?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="131"/>
        <source>Bring it in</source>
        <translation>Bring it in</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="132"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="127"/>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="136"/>
        <source>Nothing was brought in; your records are as they were.</source>
        <translation>Nothing was brought in; your records are as they were.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="44"/>
        <source>New records are added, and for each thing the newest change wins, whichever computer made it. Bringing in the same file twice changes nothing.</source>
        <translation>New records are added, and for each thing the newest change wins, whichever computer made it. Bringing in the same file twice changes nothing.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="85"/>
        <source>channel texts</source>
        <translation>channel texts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="86"/>
        <source>coupons</source>
        <translation>coupons</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="86"/>
        <source>posts</source>
        <translation>posts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="92"/>
        <source>%1 new</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="92"/>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="93"/>
        <source>%1 put away or deleted</source>
        <translation>%1 put away or deleted</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="104"/>
        <source>Two shops now have the same name: %1. Both are kept with their own records. Please rename one so that nobody mixes them up.</source>
        <translation>Two shops now have the same name: %1. Both are kept with their own records. Please rename one so that nobody mixes them up.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="143"/>
        <source>Brought in.</source>
        <translation>Brought in.</translation>
    </message>
</context>
<context>
    <name>TutorHomePage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="20"/>
        <source>Tutor mode</source>
        <translation>Tutor mode</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="21"/>
        <source>For the digital tutor. Merchants can go back with &apos;Home&apos;.</source>
        <translation>For the digital tutor. Merchants can go back with &apos;Home&apos;.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="24"/>
        <source>This week&apos;s friend counts</source>
        <translation>This week&apos;s friend counts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="24"/>
        <source>Every shop of a market on one list</source>
        <translation>Every shop of a market on one list</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="25"/>
        <source>Shops</source>
        <translation>Shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="25"/>
        <source>Add, change, switch or archive shops</source>
        <translation>Add, change, switch or archive shops</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="26"/>
        <source>Practice session</source>
        <translation>Practice session</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="26"/>
        <source>Who came, what you practised</source>
        <translation>Who came, what you practised</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="27"/>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="27"/>
        <source>Each shop&apos;s steps, ticked with a date</source>
        <translation>Each shop&apos;s steps, ticked with a date</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="28"/>
        <source>Market report</source>
        <translation>Market report</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="28"/>
        <source>Figures, awards, PDF and CSV</source>
        <translation>Figures, awards, PDF and CSV</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="29"/>
        <source>Data on a USB stick</source>
        <translation>Data on a USB stick</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="29"/>
        <source>Save or bring in a .danggol file</source>
        <translation>Save or bring in a .danggol file</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="30"/>
        <source>Market channel and events</source>
        <translation>Market channel and events</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="30"/>
        <source>The association&apos;s channel, market-wide events</source>
        <translation>The association&apos;s channel, market-wide events</translation>
    </message>
</context>
<context>
    <name>WeekCountsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="41"/>
        <source>This week&apos;s friend counts</source>
        <translation>This week&apos;s friend counts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="55"/>
        <source>The day of these counts</source>
        <translation>The day of these counts</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="59"/>
        <source>Type each shop&apos;s friend count and press Enter: it is kept, and the next shop is ready.</source>
        <translation>Type each shop&apos;s friend count and press Enter: it is kept, and the next shop is ready.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="67"/>
        <source>Bring in from an Excel file…</source>
        <translation>Bring in from an Excel file…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="95"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="95"/>
        <source>Last count</source>
        <translation>Last count</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="95"/>
        <source>Friends on the day</source>
        <translation>Friends on the day</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="101"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="101"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="106"/>
        <source>Friends of %1</source>
        <translation>Friends of %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="116"/>
        <source>Write the channel address first (Shops › Change).</source>
        <translation>Write the channel address first (Shops › Change).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="125"/>
        <source>This market has no shops yet.</source>
        <translation>This market has no shops yet.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="134"/>
        <source>Bring in from an Excel file</source>
        <translation>Bring in from an Excel file</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="138"/>
        <source>Channel news</source>
        <translation>Channel news</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="145"/>
        <source>Brought in %1 friend counts, %2 messages sent and %3 posts.</source>
        <translation>Brought in %1 friend counts, %2 messages sent and %3 posts.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="168"/>
        <source>The count of %1 was not saved.</source>
        <translation>The count of %1 was not saved.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="173"/>
        <source>✓ Kept</source>
        <translation>✓ Kept</translation>
    </message>
</context>
<context>
    <name>WelcomeCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="31"/>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="41"/>
        <source>Welcome message</source>
        <translation>Welcome message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="40"/>
        <source>1 of 2: What a new friend receives</source>
        <translation>1 of 2: What a new friend receives</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="44"/>
        <source>Kakao sends it by itself to everyone who adds your channel. Someone who adds it at night (after 8:55 pm) gets it the next morning at 8.</source>
        <translation>Kakao sends it by itself to everyone who adds your channel. Someone who adds it at night (after 8:55 pm) gets it the next morning at 8.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="46"/>
        <source>2 of 2: Put it in the admin</source>
        <translation>2 of 2: Put it in the admin</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="47"/>
        <source>This is how a new friend sees it. In the admin app open 메시지 › 웰컴메시지, paste the message and save.</source>
        <translation>This is how a new friend sees it. In the admin app open 메시지 › 웰컴메시지, paste the message and save.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="49"/>
        <source>Copy the welcome message</source>
        <translation>Copy the welcome message</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="50"/>
        <source>The welcome message</source>
        <translation>The welcome message</translation>
    </message>
</context>
<context>
    <name>WordsStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="112"/>
        <source>Step 3 of 4: Choose the words</source>
        <translation>Step 3 of 4: Choose the words</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="113"/>
        <source>Press a ready sentence or write your own.</source>
        <translation>Press a ready sentence or write your own.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="117"/>
        <source>Big title</source>
        <translation>Big title</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="124"/>
        <source>What friends get (may be left empty)</source>
        <translation>What friends get (may be left empty)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="137"/>
        <source>Add a logo or photo…</source>
        <translation>Add a logo or photo…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="139"/>
        <source>Remove the picture</source>
        <translation>Remove the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="183"/>
        <source>Please choose or write a title.</source>
        <translation>Please choose or write a title.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="186"/>
        <source>The title is too long for this poster. Please shorten it.</source>
        <translation>The title is too long for this poster. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="188"/>
        <source>The shop name does not fit this kind of poster. Please choose another kind.</source>
        <translation>The shop name does not fit this kind of poster. Please choose another kind.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="190"/>
        <source>The treat line is too long. Please shorten it.</source>
        <translation>The treat line is too long. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="192"/>
        <source>These characters cannot be printed: %1. Please remove them.</source>
        <translation>These characters cannot be printed: %1. Please remove them.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="195"/>
        <source>With a picture in its middle the QR code gets too small to scan on this kind. Press &apos;Remove the picture&apos;, or choose another kind.</source>
        <translation>With a picture in its middle the QR code gets too small to scan on this kind. Press &apos;Remove the picture&apos;, or choose another kind.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="198"/>
        <source>The QR code would be too small to scan here. Please choose another kind.</source>
        <translation>The QR code would be too small to scan here. Please choose another kind.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="205"/>
        <source>Choose a logo or photo</source>
        <translation>Choose a logo or photo</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="206"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="232"/>
        <source>Picture in the middle of the QR code: %1</source>
        <translation>Picture in the middle of the QR code: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="233"/>
        <source>No picture. A small logo can go in the middle of the QR code.</source>
        <translation>No picture. A small logo can go in the middle of the QR code.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="271"/>
        <source>The words on the picture</source>
        <translation>The words on the picture</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="273"/>
        <source>Big words</source>
        <translation>Big words</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="279"/>
        <source>Price (won)</source>
        <translation>Price (won)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="279"/>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="327"/>
        <source>For example 3000 (digits only)</source>
        <translation>For example 3000 (digits only)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="280"/>
        <source>Usual price, crossed out (may be empty)</source>
        <translation>Usual price, crossed out (may be empty)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="281"/>
        <source>For example 5000</source>
        <translation>For example 5000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="326"/>
        <source>This design shows a price: write one, or the picture is made without it.</source>
        <translation>This design shows a price: write one, or the picture is made without it.</translation>
    </message>
</context>
</TS>
