<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddressStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="44"/>
        <source>Step 1 of 4: Is this your channel address?</source>
        <translation>1/4단계: 채널 주소가 맞나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="45"/>
        <source>Customers who scan the QR code (the square barcode) become your channel friends. It must lead to your own channel.</source>
        <translation>손님이 QR 코드(네모난 바코드)를 찍으면 사장님 채널의 친구가 돼요. 그래서 꼭 사장님 채널 주소여야 해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="49"/>
        <source>KakaoTalk Channel address</source>
        <translation>카카오톡 채널 주소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="52"/>
        <source>Where to find it: in the KakaoTalk Channel admin, open your channel&apos;s profile; the address starts with pf.kakao.com/_ . Copy it and paste it here as it is.</source>
        <translation>찾는 방법: 카카오톡 채널 관리자 화면에서 내 채널 프로필을 열면 pf.kakao.com/_ 로 시작하는 주소가 있어요. 그대로 복사해서 여기에 붙여 넣어 주세요.</translation>
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
        <translation>단골</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="116"/>
        <source>The damaged file was kept as %1.</source>
        <translation>손상된 파일은 %1 에 그대로 보관해 두었어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="126"/>
        <source>Shall we bring back the most recent backup copy?</source>
        <translation>가장 최근 백업으로 되살릴까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="129"/>
        <source>Bring back the backup</source>
        <translation>백업으로 되살리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="131"/>
        <source>Start with empty data</source>
        <translation>빈 자료로 시작하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="142"/>
        <source>Your data could not be opened. Nothing was changed.</source>
        <translation>자료를 열지 못했어요. 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="231"/>
        <source>The computer&apos;s storage is full, so for now your records can only be looked at. Please delete files you do not need, then open Danggol again.</source>
        <translation>컴퓨터에 저장 공간이 가득 차서 지금은 기록을 보기만 할 수 있어요. 필요 없는 파일을 지운 뒤 단골을 다시 켜 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="255"/>
        <source>Danggol is already open. Please click Danggol on the taskbar at the bottom of the screen.</source>
        <translation>단골이 이미 켜져 있어요. 화면 아래 작업 표시줄에서 단골을 눌러 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/app.py" line="121"/>
        <source>There is no backup copy yet, so we start with empty data.</source>
        <translation>아직 백업이 없어서 빈 자료로 시작할게요.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="26"/>
        <source>Backup copies</source>
        <translation>백업 사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="30"/>
        <source>The app keeps copies of your records by itself: one a day, one a week, and one before every import. If something went wrong, you can bring a copy back here.</source>
        <translation>프로그램이 기록의 사본을 알아서 만들어 둬요. 하루에 한 번, 일주일에 한 번, 그리고 파일을 가져오기 전에요. 뭔가 잘못되었다면 여기서 사본을 되살릴 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="32"/>
        <source>Back up to another place (USB stick)…</source>
        <translation>다른 곳에 백업하기 (USB)…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="47"/>
        <source>Daily copy</source>
        <translation>매일 사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="47"/>
        <source>Weekly copy</source>
        <translation>매주 사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="48"/>
        <source>Before bringing in a file</source>
        <translation>파일 가져오기 전 사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="48"/>
        <source>Before an update</source>
        <translation>프로그램을 새로 고치기 전 사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="49"/>
        <source>Before bringing back a copy</source>
        <translation>되살리기 전 사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="49"/>
        <source>Copy</source>
        <translation>사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="54"/>
        <source>%1 — this copy is damaged and cannot be used.</source>
        <translation>%1 — 이 사본은 손상되어 쓸 수 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="55"/>
        <source>Kept until you remove it</source>
        <translation>지우실 때까지 남겨 둬요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="57"/>
        <source>%1 shops · %2 friend counts · %3 messages sent · newest record %4</source>
        <translation>가게 %1곳 · 친구 수 기록 %2개 · 보낸 메시지 %3개 · 마지막 기록 %4</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="69"/>
        <source>The list of copies could not be read.</source>
        <translation>사본 목록을 읽지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="71"/>
        <source>There are no copies yet. The first one is made today.</source>
        <translation>아직 사본이 없어요. 오늘 첫 사본을 만들어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="80"/>
        <source>Bring back</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="80"/>
        <source>Bring back the copy of %1</source>
        <translation>%1 사본 되살리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="86"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="86"/>
        <source>Remove the kept copy of %1</source>
        <translation>%1 보관 사본 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="94"/>
        <source>Remove this kept copy? The records in it cannot be brought back after that.</source>
        <translation>보관한 사본을 지울까요? 지우면 그 안의 기록은 다시 되살릴 수 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="96"/>
        <source>Remove the copy?</source>
        <translation>사본을 지울까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="96"/>
        <source>Yes, remove it</source>
        <translation>네, 지워 주세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="97"/>
        <source>No, keep it</source>
        <translation>아니요, 그대로 둘게요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="100"/>
        <source>The copy was not removed.</source>
        <translation>사본을 지우지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="102"/>
        <source>The kept copy was removed.</source>
        <translation>보관한 사본을 지웠어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="107"/>
        <source>Bring back this copy? Your records will be as they were then:</source>
        <translation>이 사본을 되살릴까요? 기록이 그때 모습으로 돌아가요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="109"/>
        <source>Your records as they are now are kept as a copy first, so you can come back to them.</source>
        <translation>지금 기록은 먼저 사본으로 남겨 두니, 나중에 다시 돌아올 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="110"/>
        <source>Bring back a copy?</source>
        <translation>사본을 되살릴까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="110"/>
        <source>Yes, bring it back</source>
        <translation>네, 되살려 주세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="111"/>
        <source>No, keep things as they are</source>
        <translation>아니요, 지금대로 둘게요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="115"/>
        <source>The copy was not brought back. Your records are as they were.</source>
        <translation>사본을 되살리지 못했어요. 기록은 그대로예요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="122"/>
        <source>The copy of %1 was brought back.</source>
        <translation>%1 사본을 되살렸어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="129"/>
        <source>Where should the copy go?</source>
        <translation>사본을 어디에 둘까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="135"/>
        <source>The copy was not made.</source>
        <translation>사본을 만들지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/backup_page.py" line="138"/>
        <source>A copy was saved in the folder %1 as %2.</source>
        <translation>%1 폴더에 &apos;%2&apos;(으)로 사본을 저장했어요.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../danggol_desktop/commands/market_command.py" line="87"/>
        <source>Row %1, sheet %2 (of %3 rows × %4 sheets) — glue the next sheet over the dashed line</source>
        <translation>%1줄 %2번째 장 (모두 %3줄 × %4장) — 점선 위에 다음 장을 겹쳐 붙이세요</translation>
    </message>
</context>
<context>
    <name>ChannelCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="22"/>
        <source>Make the channel</source>
        <translation>채널 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="24"/>
        <source>Install the admin app</source>
        <translation>관리자 앱 설치하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="25"/>
        <source>On your phone, open the Play Store (App Store on an iPhone), search for &apos;카카오톡 채널 관리자&apos; and install it.</source>
        <translation>휴대폰에서 Play 스토어(아이폰은 앱스토어)를 열고 &apos;카카오톡 채널 관리자&apos;를 찾아 설치하세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="27"/>
        <source>Play Store</source>
        <translation>Play 스토어</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="28"/>
        <source>Install</source>
        <translation>설치</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="29"/>
        <source>Log in</source>
        <translation>로그인하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="30"/>
        <source>Open the app and log in with your Kakao account: the one you use for KakaoTalk.</source>
        <translation>앱을 열고 카카오 계정으로 로그인하세요. 카카오톡에 쓰는 계정이면 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="31"/>
        <source>Log in with Kakao</source>
        <translation>카카오 계정으로 로그인</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="32"/>
        <source>Start a new channel</source>
        <translation>새 채널 시작하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="33"/>
        <source>Press &apos;새 채널 만들기&apos; (make a new channel).</source>
        <translation>&apos;새 채널 만들기&apos;를 누르세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="34"/>
        <source>My channels</source>
        <translation>내 채널</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="34"/>
        <source>(none yet)</source>
        <translation>(아직 없어요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="36"/>
        <source>Name and search ID</source>
        <translation>이름과 검색용 아이디</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="37"/>
        <source>Write the channel&apos;s name (your shop&apos;s name) and a search ID. The search ID cannot be changed later: write it carefully, for example your shop&apos;s name joined up.</source>
        <translation>채널 이름(가게 이름)과 검색용 아이디를 적으세요. 검색용 아이디는 나중에 바꿀 수 없어요. 가게 이름을 붙여 쓰는 것처럼 천천히 적으세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="39"/>
        <source>New channel</source>
        <translation>새 채널</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="41"/>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="42"/>
        <source>Find the channel&apos;s address</source>
        <translation>채널 주소 찾기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="43"/>
        <source>When the channel is made, open &apos;채널 홈&apos;. Under the channel&apos;s name, press the address that starts with pf.kakao.com/_ and copy it.</source>
        <translation>채널이 만들어지면 &apos;채널 홈&apos;을 여세요. 채널 이름 아래 pf.kakao.com/_ 로 시작하는 주소를 눌러 복사하세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="46"/>
        <source>Channel home</source>
        <translation>채널 홈</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="50"/>
        <source>%1 of %2: %3</source>
        <translation>%1/%2단계: %3</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="56"/>
        <source>%1 of %2: The channel&apos;s address and search ID</source>
        <translation>%1/%2단계: 채널 주소와 검색용 아이디</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="58"/>
        <source>Channel address (pf.kakao.com/_…)</source>
        <translation>채널 주소 (pf.kakao.com/_…)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="60"/>
        <source>Search ID (without @; you may leave it empty)</source>
        <translation>검색용 아이디 (@ 없이, 비워도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="61"/>
        <source>Customers whose camera cannot read the QR can search for it in KakaoTalk.</source>
        <translation>카메라로 QR을 못 읽는 손님은 카카오톡에서 이 아이디로 찾을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="64"/>
        <source>%1 of %2: Done</source>
        <translation>%1/%2단계: 끝났어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="65"/>
        <source>Your channel&apos;s address is saved. Your posters now add friends to it.</source>
        <translation>채널 주소를 저장했어요. 이제 포스터로 친구를 모을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/channel_card.py" line="76"/>
        <source>Your channel&apos;s address is saved. Your posters now add friends to it, and say &apos;카카오톡에서 @%1 검색&apos; under the QR code.</source>
        <translation>채널 주소를 저장했어요. 이제 포스터로 친구를 모을 수 있고, QR 아래에 &apos;카카오톡에서 @%1 검색&apos;이 들어가요.</translation>
    </message>
</context>
<context>
    <name>ChannelKitPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="26"/>
        <source>Decorate your channel</source>
        <translation>채널 꾸미기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="28"/>
        <source>Get your channel ready step by step. Each card prepares what you paste in the KakaoTalk Channel admin.</source>
        <translation>채널을 하나씩 꾸며 보세요. 카드마다 카카오톡 채널 관리자에 붙여 넣을 것을 준비해 드려요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="41"/>
        <source>✓ Done on %1</source>
        <translation>✓ %1에 했어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="42"/>
        <source>Not done yet</source>
        <translation>아직 안 했어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="49"/>
        <source>Make a picture</source>
        <translation>그림 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="53"/>
        <source>+1 A customer used the coupon</source>
        <translation>+1 손님이 쿠폰을 썼어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="55"/>
        <source>−1 (a mistake)</source>
        <translation>−1 (잘못 눌렀어요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="71"/>
        <source>Make the channel</source>
        <translation>채널 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="71"/>
        <source>A step-by-step guide, then its address and search ID</source>
        <translation>차근차근 안내, 그리고 주소와 검색용 아이디</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="72"/>
        <source>Set up the profile</source>
        <translation>프로필 꾸미기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="72"/>
        <source>Name, introduction, hours and a profile picture</source>
        <translation>이름, 소개글, 영업시간, 프로필 사진</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="73"/>
        <source>Welcome message</source>
        <translation>웰컴 메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="73"/>
        <source>What a new friend receives by itself</source>
        <translation>새 친구에게 저절로 가는 인사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="74"/>
        <source>Make a coupon</source>
        <translation>쿠폰 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="74"/>
        <source>A coupon for friends, with its picture</source>
        <translation>친구에게 줄 쿠폰과 쿠폰 그림</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="75"/>
        <source>Answers for chats</source>
        <translation>채팅 답변</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="75"/>
        <source>Ready answers: hours, directions, parking …</source>
        <translation>영업시간, 오시는 길, 주차 … 답변 준비</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="76"/>
        <source>Write a post</source>
        <translation>소식 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="76"/>
        <source>News for your channel home</source>
        <translation>채널 홈에 올릴 소식</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="84"/>
        <source>Coupon now: %1 · used by %2 customers</source>
        <translation>지금 쿠폰: %1 · 쓴 손님 %2명</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_page.py" line="93"/>
        <source>The coupon use was not saved.</source>
        <translation>쿠폰 쓴 것을 저장하지 못했어요.</translation>
    </message>
</context>
<context>
    <name>ChatCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="68"/>
        <source>Answers for chats</source>
        <translation>채팅 답변</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="75"/>
        <source>Button &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 버튼</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="78"/>
        <source>1 of 2: Answers to the questions shops get</source>
        <translation>1/2단계: 손님이 자주 묻는 것에 답하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="81"/>
        <source>Filled in from your shop&apos;s details; change them as you like. Each button below copies one answer.</source>
        <translation>가게 정보로 채워 두었어요. 마음대로 고치세요. 아래 버튼으로 답을 하나씩 복사할 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="83"/>
        <source>2 of 2: Put them in the admin</source>
        <translation>2/2단계: 관리자 앱에 넣기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="84"/>
        <source>In the admin app open 채팅 › 채팅방 메뉴 (up to %1 buttons). For each button, write its name and paste its answer. You can also paste an answer straight into a chat.</source>
        <translation>관리자 앱에서 채팅 › 채팅방 메뉴를 여세요(버튼은 %1개까지). 버튼마다 이름을 적고 답을 붙여 넣으세요. 채팅방에 바로 붙여 넣어도 돼요.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../danggol_desktop/cli.py" line="143"/>
        <source>The command was not understood. See &apos;danggol --help&apos;.</source>
        <translation>명령을 이해하지 못했어요. &apos;danggol --help&apos;를 참고해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/posts_command.py" line="32"/>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="36"/>
        <source>Channel news</source>
        <translation>채널 소식</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/picture_command.py" line="76"/>
        <source>Scan with the camera and add us as a friend</source>
        <translation>카메라로 찍고 친구 추가하세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="30"/>
        <source>Wrote %1 with %2 shops: fill in the 값 column.</source>
        <translation>%1 파일을 만들었어요 (가게 %2곳). &apos;값&apos; 칸을 채워 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="37"/>
        <source>Checked, nothing written: %1 friend counts, %2 messages sent, %3 posts.</source>
        <translation>확인만 했어요 (저장하지 않았어요): 친구 수 %1개, 보낸 메시지 %2개, 소식 %3개.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/import_csv_command.py" line="39"/>
        <source>Brought in %1 friend counts (%4 of them changed an earlier count), %2 messages sent, %3 posts.</source>
        <translation>가져왔어요: 친구 수 %1개 (그중 %4개는 전에 적은 수를 바꿨어요), 보낸 메시지 %2개, 소식 %3개.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/commands/directory_command.py" line="61"/>
        <source>Not on the board yet (no channel address): %1</source>
        <translation>채널 주소가 없어 아직 안내판에 못 넣은 가게: %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="20"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="21"/>
        <source>Friends</source>
        <translation>친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="22"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="24"/>
        <source>Market</source>
        <translation>시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="25"/>
        <source>Shop</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="26"/>
        <source>Has a channel</source>
        <translation>채널 있음</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="27"/>
        <source>Friends at the start</source>
        <translation>처음 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="28"/>
        <source>Friends at the end</source>
        <translation>마지막 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="29"/>
        <source>Growth</source>
        <translation>늘어난 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="30"/>
        <source>Messages sent</source>
        <translation>보낸 메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="31"/>
        <source>Posts</source>
        <translation>소식</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="32"/>
        <source>Coupons made</source>
        <translation>만든 쿠폰</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="34"/>
        <source>Shops</source>
        <translation>가게 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="35"/>
        <source>Shops with a channel</source>
        <translation>채널 있는 가게 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="36"/>
        <source>Share with a channel (%)</source>
        <translation>채널 개설률 (%)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="37"/>
        <source>Friends in all</source>
        <translation>친구 수 합계</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="38"/>
        <source>Friends per shop with a channel</source>
        <translation>채널 가게당 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="39"/>
        <source>Messages sent in all</source>
        <translation>보낸 메시지 합계</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="40"/>
        <source>Messages per shop with a channel</source>
        <translation>채널 가게당 메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="41"/>
        <source>Growth in all</source>
        <translation>늘어난 친구 수 합계</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="42"/>
        <source>Posts in all</source>
        <translation>소식 합계</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="43"/>
        <source>Coupons made in all</source>
        <translation>만든 쿠폰 합계</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="45"/>
        <source>Week from</source>
        <translation>주 시작일</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="46"/>
        <source>Friends at the week&apos;s end</source>
        <translation>주말 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="47"/>
        <source>New friends in the week</source>
        <translation>그 주에 늘어난 친구</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="49"/>
        <source>Market event</source>
        <translation>시장 행사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="50"/>
        <source>First day</source>
        <translation>첫날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="51"/>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="52"/>
        <source>Benefit</source>
        <translation>혜택</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="53"/>
        <source>Shops taking part</source>
        <translation>참여 가게 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="54"/>
        <source>Which shops</source>
        <translation>참여 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="56"/>
        <source>Message credit received (won)</source>
        <translation>받은 메시지 지원금 (원)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="57"/>
        <source>Used, about (won)</source>
        <translation>쓴 금액, 약 (원)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="58"/>
        <source>Left, about (won)</source>
        <translation>남은 금액, 약 (원)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="60"/>
        <source>Market channels (merchants&apos; association)</source>
        <translation>시장 채널 (상인회)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="61"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/column_names.py" line="62"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>CouponCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="86"/>
        <source>Make a coupon</source>
        <translation>쿠폰 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="89"/>
        <source>1 of 4: The coupon&apos;s name</source>
        <translation>1/4단계: 쿠폰 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="90"/>
        <source>Coupon name</source>
        <translation>쿠폰 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="95"/>
        <source>3 of 4: How to use it</source>
        <translation>3/4단계: 쓰는 방법</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="96"/>
        <source>How to use it (사용 방법)</source>
        <translation>사용 방법</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="98"/>
        <source>Good to know (유의사항)</source>
        <translation>유의사항</translation>
    </message>
</context>
<context>
    <name>CouponDaysStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="38"/>
        <source>2 of 4: What friends get, and when</source>
        <translation>2/4단계: 무엇을, 언제까지 드릴까요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="39"/>
        <source>Benefit (for example 10% 할인)</source>
        <translation>혜택 (예: 10% 할인)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="46"/>
        <source>First day</source>
        <translation>시작하는 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="46"/>
        <source>Last day</source>
        <translation>끝나는 날</translation>
    </message>
</context>
<context>
    <name>CouponFinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="117"/>
        <source>4 of 4: The coupon picture</source>
        <translation>4/4단계: 쿠폰 그림</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="118"/>
        <source>The coupon is saved. In the admin app open 쿠폰 › 새 쿠폰, copy the words in and add this picture (%1 × %1 pixels).</source>
        <translation>쿠폰을 저장했어요. 관리자 앱에서 쿠폰 › 새 쿠폰을 열고 글을 붙여 넣은 뒤 이 그림(%1 × %1 픽셀)을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="122"/>
        <source>Save the picture</source>
        <translation>그림 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="123"/>
        <source>Make it with a photo instead</source>
        <translation>사진으로 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="124"/>
        <source>The words</source>
        <translation>쿠폰 글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="124"/>
        <source>Copy the coupon&apos;s words</source>
        <translation>쿠폰 글 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="154"/>
        <source>%1 coupon</source>
        <translation>%1 쿠폰</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="155"/>
        <source>Save the coupon picture</source>
        <translation>쿠폰 그림 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/coupon_card.py" line="155"/>
        <source>The picture was not saved.</source>
        <translation>그림을 저장하지 못했어요.</translation>
    </message>
</context>
<context>
    <name>CrashHook</name>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="46"/>
        <source>What you just did was not saved.</source>
        <translation>방금 하신 일은 저장되지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="49"/>
        <source>Something went wrong, and what you just did may not have been saved. Your earlier records are safe. Please try once more; if it happens again, tell your tutor.</source>
        <translation>문제가 생겨서 방금 하신 일이 저장되지 않았을 수 있어요. 전에 저장한 기록은 안전해요. 한 번 더 해 보시고, 또 그러면 튜터에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="52"/>
        <source>A note for your tutor was written to %1.</source>
        <translation>튜터가 볼 수 있게 %1 파일에 적어 두었어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="64"/>
        <source>Sorry</source>
        <translation>죄송해요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/crash_hook.py" line="67"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>CropStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="169"/>
        <source>Move the photo into the frame</source>
        <translation>사진을 틀 안에 맞춰요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="170"/>
        <source>Drag the photo, or use the arrow keys. Make it bigger or smaller with + and −.</source>
        <translation>사진을 끌어 옮기세요(화살표 키도 돼요). +와 −로 크게·작게 할 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="178"/>
        <source>The photo in the frame</source>
        <translation>틀 안의 사진</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="184"/>
        <source>Smaller</source>
        <translation>작게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="185"/>
        <source>Bigger</source>
        <translation>크게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="188"/>
        <source>How big</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="197"/>
        <source>To the middle</source>
        <translation>가운데로</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="199"/>
        <source>Start again</source>
        <translation>다시</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="204"/>
        <source>As taken</source>
        <translation>찍은 그대로</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="204"/>
        <source>Brighter and clearer</source>
        <translation>밝고 선명하게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="207"/>
        <source>Brightness</source>
        <translation>밝기</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="31"/>
        <source>Curriculum</source>
        <translation>교육 진도</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="49"/>
        <source>Curriculum progress</source>
        <translation>교육 진도표</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="38"/>
        <source>All markets</source>
        <translation>모든 시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="44"/>
        <source>Tick a step when the shop has done it; the day is kept. To change a tick&apos;s day, choose it and press &apos;Change the day&apos;.</source>
        <translation>가게가 한 단계를 마치면 체크하세요. 날짜가 남아요. 체크한 날짜를 바꾸려면 그 칸을 고르고 &apos;날짜 바꾸기&apos;를 누르세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="54"/>
        <source>Shops and steps</source>
        <translation>가게와 단계</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="66"/>
        <source>Change the day</source>
        <translation>날짜 바꾸기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="68"/>
        <source>Tick this step for everyone who came to practice</source>
        <translation>연습에 온 가게 모두 이 단계 체크</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="115"/>
        <source>The tick was not saved.</source>
        <translation>했다는 표시를 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="130"/>
        <source>Choose a ticked box first, then press &apos;Change the day&apos;.</source>
        <translation>먼저 체크된 칸을 고른 뒤 &apos;날짜 바꾸기&apos;를 눌러 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="141"/>
        <source>%1: done on %2.</source>
        <translation>%1: %2에 마쳤어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="151"/>
        <source>Choose a step&apos;s column first; a practice session must have been held.</source>
        <translation>먼저 단계 칸을 골라 주세요. 연습 시간이 있었어야 해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="152"/>
        <source>No practice session has been held yet.</source>
        <translation>아직 연습 시간이 없었어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="157"/>
        <source>Tick &apos;%1&apos; for the %2 shops that came to the practice of %3?</source>
        <translation>%3 연습에 온 가게 %2곳에 &apos;%1&apos;을 체크할까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="160"/>
        <source>Tick for everyone who came?</source>
        <translation>온 가게 모두 체크할까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="161"/>
        <source>Yes, tick them</source>
        <translation>네, 체크해 주세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="161"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="164"/>
        <source>&apos;%1&apos; ticked for %2 shops.</source>
        <translation>가게 %2곳에 &apos;%1&apos;을 체크했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/curriculum_page.py" line="170"/>
        <source>%1 of %2 steps done</source>
        <translation>전체 %2단계 중 %1단계 마쳤어요</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="47"/>
        <source>Choose a day</source>
        <translation>날짜 고르기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="61"/>
        <source>◀ Month before</source>
        <translation>◀ 지난달</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="62"/>
        <source>Month after ▶</source>
        <translation>다음 달 ▶</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="84"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="85"/>
        <source>Tomorrow</source>
        <translation>내일</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="86"/>
        <source>This weekend</source>
        <translation>이번 주말</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="87"/>
        <source>Next week</source>
        <translation>다음 주</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/date_picker.py" line="97"/>
        <source>Cancel</source>
        <translation>그만두기</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="8"/>
        <source>Please type a name.</source>
        <translation>이름을 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="9"/>
        <source>Please keep the name to 40 characters or fewer.</source>
        <translation>이름은 40자까지 적을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="10"/>
        <source>The name has characters that cannot be used. Please type it again.</source>
        <translation>이름에 쓸 수 없는 글자가 있어요. 다시 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="13"/>
        <source>Please type a phone number with digits only, for example 010-1234-5678. You can also leave it empty.</source>
        <translation>전화번호는 숫자로 적어 주세요. 예: 010-1234-5678. 비워 두셔도 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="16"/>
        <source>The printer could not be reached, so nothing was printed. Is it switched on and connected? You can also save the poster as a PDF and print it from there.</source>
        <translation>프린터에 연결되지 않아서 인쇄하지 못했어요. 프린터가 켜져 있고 연결돼 있는지 봐 주세요. PDF로 저장해서 인쇄하셔도 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="20"/>
        <source>Please keep the shop&apos;s place to 30 characters or fewer, for example Lane 1, No. 3.</source>
        <translation>가게 위치는 30자 안으로 적어 주세요. 예: 1번 골목 3호</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="22"/>
        <source>The shop&apos;s place has characters that cannot be used. Please type it again.</source>
        <translation>가게 위치에 쓸 수 없는 글자가 있어요. 다시 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="24"/>
        <source>Please type the free 080 number for refusing messages, for example 080-123-4567. You can also leave it empty.</source>
        <translation>수신거부용 080 무료 번호를 적어 주세요. 예: 080-123-4567. 비워 두셔도 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="28"/>
        <source>That is not a whole phone number. Please check the digits, for example 010-1234-5678 (11 digits) or 02-123-4567. You can also leave it empty.</source>
        <translation>전화번호 자리 수가 맞지 않아요. 예: 010-1234-5678(숫자 11개) 또는 02-123-4567처럼 다시 확인해 주세요. 비워 두셔도 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="33"/>
        <source>Please choose a kind of shop from the list.</source>
        <translation>가게 종류를 하나 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="34"/>
        <source>Please paste or type the channel address.</source>
        <translation>채널 주소를 붙여 넣거나 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="35"/>
        <source>A name starting with @ is the channel&apos;s search name, not its address. The address starts with pf.kakao.com/_ and is shown in the channel admin under &apos;Channel address&apos;.</source>
        <translation>@로 시작하는 이름은 검색용 아이디라서 주소가 아니에요. 채널 주소는 pf.kakao.com/_ 로 시작하고, 카카오톡 채널 관리자센터의 &apos;채널 주소&apos;에서 찾을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="40"/>
        <source>This is not a web address we can use. The channel address starts with pf.kakao.com/_</source>
        <translation>쓸 수 없는 주소예요. 채널 주소는 pf.kakao.com/_ 로 시작해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="43"/>
        <source>This address is not a KakaoTalk Channel. The channel address starts with pf.kakao.com/_ and is shown in the channel admin under &apos;Channel address&apos;.</source>
        <translation>카카오톡 채널 주소가 아니에요. 채널 주소는 pf.kakao.com/_ 로 시작하고, 카카오톡 채널 관리자센터의 &apos;채널 주소&apos;에서 찾을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="48"/>
        <source>The address is missing the channel part after pf.kakao.com/ (it starts with _).</source>
        <translation>주소에 pf.kakao.com/ 뒤의 채널 부분(_로 시작해요)이 빠져 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="51"/>
        <source>The channel part after pf.kakao.com/ should be _ followed by letters and numbers only.</source>
        <translation>pf.kakao.com/ 뒤의 채널 부분은 _ 다음에 영문 글자와 숫자만 와요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="54"/>
        <source>This market already has a shop with that name.</source>
        <translation>이 시장에 같은 이름의 가게가 이미 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="55"/>
        <source>No shop with that name was found.</source>
        <translation>그런 이름의 가게를 찾지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="56"/>
        <source>Several markets have a shop with that name. Please write it as MARKET/NAME.</source>
        <translation>여러 시장에 같은 이름의 가게가 있어요. &apos;시장이름/가게이름&apos;으로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="59"/>
        <source>Korean letters got into the address: the keyboard is in Korean mode. Press the 한/영 key to switch to English, then type it again.</source>
        <translation>주소에 한글이 들어갔어요. 키보드가 한글 상태예요. 한/영 키를 눌러 영어로 바꾼 뒤 다시 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="62"/>
        <source>Two shops of this market have that name. Please name one exactly, as shown here:</source>
        <translation>이 시장에 이름이 같은 가게가 두 곳 있어요. 아래처럼 하나를 정확히 적어 주세요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="65"/>
        <source>This data was saved by a newer version of Danggol. Please install the newer version. Your data has been left exactly as it was.</source>
        <translation>이 자료는 더 새로운 단골 프로그램에서 저장되었어요. 새 버전을 설치해 주세요. 자료는 건드리지 않고 그대로 두었어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="70"/>
        <source>The data file is damaged and cannot be opened.</source>
        <translation>자료 파일이 손상되어 열 수 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="71"/>
        <source>The data file is empty, although there are backup copies. It may have been cut off by a power cut.</source>
        <translation>자료 파일이 비어 있어요. 전기가 갑자기 나가서 그럴 수 있어요. 백업 사본은 남아 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="74"/>
        <source>There is not enough space on this computer, so it could not be saved. Please delete files you no longer need, then try again. Your earlier data is safe.</source>
        <translation>컴퓨터에 저장 공간이 부족해서 저장하지 못했어요. 필요 없는 파일을 지운 뒤 다시 해 보세요. 전에 저장한 자료는 그대로 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="79"/>
        <source>The data folder cannot be written to (it is read-only), so it could not be saved. Your earlier data is safe. Please ask the person who looks after this computer.</source>
        <translation>자료 폴더에 쓸 수 없게 되어 있어서(읽기 전용) 저장하지 못했어요. 전에 저장한 자료는 그대로 있어요. 컴퓨터를 관리하는 분께 여쭤봐 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="84"/>
        <source>Another program is using the data file right now, so it could not be saved. Please wait a moment and try again. Your data is safe.</source>
        <translation>다른 프로그램이 지금 자료 파일을 쓰고 있어서 저장하지 못했어요. 잠시 뒤에 다시 해 보세요. 자료는 그대로 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="89"/>
        <source>The data file could not be read or written. If it is on a USB stick, check that it is plugged in, then try again. The file was left as it is.</source>
        <translation>자료 파일을 읽거나 쓰지 못했어요. USB에 있다면 잘 꽂혀 있는지 확인하고 다시 해 보세요. 파일은 그대로 두었어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="94"/>
        <source>That folder cannot be found. Is the USB stick plugged in?</source>
        <translation>그 폴더를 찾을 수 없어요. USB가 꽂혀 있나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="95"/>
        <source>That name belongs to something that is not a file, so nothing was written. Please choose another name.</source>
        <translation>그 이름은 보통 파일이 아니어서 아무것도 쓰지 않았어요. 다른 이름을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="99"/>
        <source>That is the app&apos;s own data folder. Please save somewhere else, such as the Desktop or a USB stick.</source>
        <translation>프로그램의 자료 폴더예요. 바탕화면이나 USB처럼 다른 곳에 저장해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="102"/>
        <source>A file with that name is already there, so nothing was written. Choose another name, or add --force to replace it.</source>
        <translation>같은 이름의 파일이 이미 있어서 아무것도 쓰지 않았어요. 다른 이름을 고르거나, 바꾸려면 --force를 붙여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="107"/>
        <source>A name cannot contain /. Please type it without it.</source>
        <translation>이름에는 / 를 쓸 수 없어요. / 없이 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="108"/>
        <source>A shop with this name was put away earlier. You can bring it back, with all its records, from Put-away shops (command line: danggol shops unarchive).</source>
        <translation>이 이름의 가게는 전에 보관해 두었어요. &apos;보관한 가게&apos;에서 기록과 함께 되살릴 수 있어요. (명령줄: danggol shops unarchive)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="111"/>
        <source>This data file holds a record this app would not accept, so nothing was changed.</source>
        <translation>이 자료 파일에 이 프로그램이 받을 수 없는 기록이 있어서 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="114"/>
        <source>Please type the number of friends.</source>
        <translation>친구 수를 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="115"/>
        <source>Nothing was brought in: some rows of the file need fixing first.</source>
        <translation>아무것도 가져오지 않았어요. 파일에서 먼저 고칠 줄이 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="116"/>
        <source>This file&apos;s letters cannot be read. In Excel, save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>이 파일의 글자를 읽을 수 없어요. 엑셀에서 &apos;CSV UTF-8&apos;로 저장한 뒤 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="118"/>
        <source>That file could not be found. Please choose it again.</source>
        <translation>그 파일을 찾지 못했어요. 다시 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="119"/>
        <source>That file is too big to be a list of counts (over 10 MB).</source>
        <translation>친구 수 목록이라기엔 파일이 너무 커요 (10MB 넘음).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="120"/>
        <source>The file is empty: the first row should name the columns.</source>
        <translation>파일이 비어 있어요. 첫 줄에 칸 이름이 있어야 해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="121"/>
        <source>This row cannot be read as CSV (a quote mark left open?).</source>
        <translation>이 줄은 CSV로 읽을 수 없어요 (따옴표가 닫히지 않았나요?).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="122"/>
        <source>This column is missing. The first row should name 종류, 가게, 날짜 and 값 (kind, shop, date, value); 시장 (market) when names repeat.</source>
        <translation>이 칸이 없어요. 첫 줄에 종류, 가게, 날짜, 값 칸이 있어야 해요. 가게 이름이 겹치면 시장 칸도 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="125"/>
        <source>The file has more rows than a programme&apos;s counts (over 20,000). Please check it is the right file.</source>
        <translation>줄이 너무 많아요 (20,000줄 넘음). 맞는 파일인지 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="127"/>
        <source>The kind must be 친구 수, 보낸 메시지 or 소식.</source>
        <translation>종류는 친구 수, 보낸 메시지, 소식 중 하나로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="128"/>
        <source>The shop&apos;s name is empty.</source>
        <translation>가게 이름이 비어 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="129"/>
        <source>This cell holds a formula, not a value. In Excel, copy the cells and paste them as values.</source>
        <translation>이 칸에는 값이 아니라 수식이 있어요. 엑셀에서 칸을 복사한 뒤 &apos;값만 붙여넣기&apos; 해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="131"/>
        <source>No shop has this name. Add the shop first, or check the name.</source>
        <translation>이 이름의 가게가 없어요. 가게를 먼저 더하거나 이름을 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="132"/>
        <source>Shops of several markets have this name: please fill in the 시장 (market) column.</source>
        <translation>여러 시장에 같은 이름의 가게가 있어요. 시장 칸을 채워 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="134"/>
        <source>That market is already there, written a little differently. Please use its name as it is:</source>
        <translation>이 시장은 이미 있어요. 조금 다르게 적혔을 뿐이에요. 있는 이름 그대로 적어 주세요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="136"/>
        <source>That looks like a phone number, not a market&apos;s name. Please check the market box.</source>
        <translation>시장 이름이 아니라 전화번호처럼 보여요. 시장 칸을 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="138"/>
        <source>There is no market by that name. Choose one of these, or add --new-market to make a new one:</source>
        <translation>그런 이름의 시장이 없어요. 아래 중에서 골라 주세요. 새 시장이면 --new-market을 붙여 주세요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="140"/>
        <source>This shop&apos;s channel address is not written down yet, so its friends are not counted. Please add the address first: Settings › Change shop details (command line: danggol shops edit --shop NAME --channel ADDRESS).</source>
        <translation>이 가게는 아직 채널 주소가 없어서 친구 수를 셀 수 없어요. 먼저 채널 주소를 적어 주세요: 설정 › 가게 정보 고치기 (명령줄: danggol shops edit --shop 이름 --channel 주소)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="144"/>
        <source>Please type digits only, for example 52.</source>
        <translation>숫자만 적어 주세요. 예: 52</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="145"/>
        <source>The number of friends cannot be below zero.</source>
        <translation>친구 수는 0보다 작을 수 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="146"/>
        <source>Friends are counted in whole numbers. Please type it without a dot.</source>
        <translation>친구 수는 소수점 없이 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="147"/>
        <source>Please type the number without spaces in it.</source>
        <translation>숫자 사이에 띄어쓰기 없이 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="148"/>
        <source>That number is too large. Please check it again.</source>
        <translation>숫자가 너무 커요. 다시 한번 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="149"/>
        <source>That day has not come yet. Please choose today or an earlier day.</source>
        <translation>아직 오지 않은 날이에요. 오늘이나 지난 날을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="150"/>
        <source>Please choose a day from 2010 on.</source>
        <translation>2010년 이후의 날을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="151"/>
        <source>Please write the date as YYYY-MM-DD, for example 2026-11-26.</source>
        <translation>날짜는 2026-11-26처럼 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="152"/>
        <source>That picture file could not be found. Please choose it again.</source>
        <translation>그림 파일을 찾을 수 없어요. 다시 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="153"/>
        <source>That picture file is too big (over 20 MB). Please choose a smaller picture.</source>
        <translation>그림 파일이 너무 커요(20MB 넘음). 더 작은 그림을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="156"/>
        <source>That file is not a picture. Please choose a photo or logo (JPG or PNG).</source>
        <translation>그림 파일이 아니에요. 사진이나 로고(JPG, PNG)를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="159"/>
        <source>That picture is far too large to open safely. Please choose a smaller picture.</source>
        <translation>그림이 너무 커서 열 수 없어요. 더 작은 그림을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="162"/>
        <source>That picture file is damaged. Please choose another one.</source>
        <translation>그림 파일이 망가져 있어요. 다른 그림을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="167"/>
        <source>The QR code on this poster did not read back as your channel address, so it will not be printed. Please try another layout or remove the picture.</source>
        <translation>포스터의 QR 코드를 다시 읽어 보니 채널 주소가 제대로 나오지 않아요. 그래서 인쇄하지 않을게요. 다른 모양을 고르거나 그림을 빼 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="172"/>
        <source>The poster has characters that cannot be printed, such as emoji. Please remove them.</source>
        <translation>포스터에 인쇄할 수 없는 글자(그림 문자 등)가 있어요. 빼 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="175"/>
        <source>The words are too long to fit on this poster. Please shorten them.</source>
        <translation>글이 너무 길어서 포스터에 다 들어가지 않아요. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="178"/>
        <source>On this kind of poster the QR code would be too small to scan. Please choose another kind.</source>
        <translation>이 모양에서는 QR 코드가 너무 작아져서 찍히지 않아요. 다른 모양을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="181"/>
        <source>The output file must end in .pdf or .png.</source>
        <translation>저장할 파일 이름은 .pdf나 .png로 끝나야 해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="182"/>
        <source>No shop of that market has a channel address yet.</source>
        <translation>그 시장에는 아직 채널 주소가 있는 가게가 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="183"/>
        <source>This market has no market channel yet. Please give its address first: danggol market channel --market MARKET --channel ADDRESS</source>
        <translation>이 시장은 아직 시장 채널이 없어요. 먼저 채널 주소를 넣어 주세요: danggol market channel --market 시장 --channel 주소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="186"/>
        <source>The file must end in .pdf.</source>
        <translation>파일 이름은 .pdf로 끝나야 해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="187"/>
        <source>Please choose a tag size: %1.</source>
        <translation>가격표 크기를 골라 주세요: %1.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="188"/>
        <source>Please write each item as name:price:origin:unit, for example 배추:3000:국산:1포기 (it says: %1).</source>
        <translation>품목은 이름:가격:원산지:단위 로 적어 주세요. 예: 배추:3000:국산:1포기 (적힌 값: %1)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="190"/>
        <source>&apos;%1&apos; needs its origin (원산지), for example 국산 or the country. The origin must be shown by law (농수산물의 원산지 표시 등에 관한 법률), with fines of up to 10 million won.</source>
        <translation>&apos;%1&apos;의 원산지를 적어 주세요. 예: 국산, 또는 나라 이름. 원산지 표시는 법으로 정해져 있어요 (농수산물의 원산지 표시 등에 관한 법률, 과태료 최대 1천만 원).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="193"/>
        <source>The origin of &apos;%1&apos; reads &apos;%2&apos;. Did you mean &apos;%3&apos;? Please write it again.</source>
        <translation>&apos;%1&apos;의 원산지가 &apos;%2&apos;(으)로 적혀 있어요. &apos;%3&apos;인가요? 다시 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="195"/>
        <source>The origin of &apos;%1&apos; reads &apos;%2&apos;, which is not a country the tag knows. Please write 국산 or the country&apos;s name in Korean, for example 중국.</source>
        <translation>&apos;%1&apos;의 원산지 &apos;%2&apos;은(는) 알 수 없는 나라예요. 국산, 또는 나라 이름을 한글로 적어 주세요. 예: 중국</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="198"/>
        <source>For the meat &apos;%1&apos;, please write the origin with its kind, for example 국내산(한우), 국내산(돼지) or 국내산(닭).</source>
        <translation>고기 &apos;%1&apos;은(는) 원산지와 종류를 함께 적어 주세요. 예: 국내산(한우), 국내산(돼지), 국내산(닭)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="201"/>
        <source>The item name &apos;%1&apos; is too long: please keep it to %2 characters.</source>
        <translation>품목 이름 &apos;%1&apos;이(가) 너무 길어요. %2글자 안으로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="203"/>
        <source>The unit &apos;%1&apos; is too long: please keep it to %2 characters.</source>
        <translation>단위 &apos;%1&apos;이(가) 너무 길어요. %2글자 안으로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="204"/>
        <source>The price of &apos;%1&apos; must be a number of won from 1 to %2, for example 3000.</source>
        <translation>&apos;%1&apos;의 가격은 1원부터 %2원까지 숫자로 적어 주세요. 예: 3000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="206"/>
        <source>An item&apos;s words do not fit on a tag of this size. Please shorten them or choose a bigger tag.</source>
        <translation>이 크기의 가격표에는 글자가 다 들어가지 않아요. 글을 줄이거나 더 큰 크기를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="208"/>
        <source>No shop of %1 has a channel address yet, so the directory would have no QR code. Please add the shops&apos; channel addresses first.</source>
        <translation>%1에는 아직 채널 주소를 적은 가게가 없어서 안내판에 넣을 QR이 없어요. 먼저 가게마다 채널 주소를 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="211"/>
        <source>There is no folder %1 for the pictures. Please make it first, or choose another.</source>
        <translation>그림을 넣을 폴더 %1이(가) 없어요. 먼저 만들거나 다른 폴더를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="213"/>
        <source>The name or place of &apos;%1&apos; does not fit on its card. Please shorten it.</source>
        <translation>&apos;%1&apos;의 이름이나 위치가 칸에 다 들어가지 않아요. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="215"/>
        <source>A QR code on the directory could not be read back, so nothing was saved. Please try again.</source>
        <translation>안내판의 QR 하나가 제대로 읽히지 않아서 저장하지 않았어요. 다시 해 보세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="217"/>
        <source>Please group the directory by lane or by kind of shop.</source>
        <translation>안내판은 골목별(lane)이나 업종별(kind)로 묶어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="218"/>
        <source>Please choose A4, A3 or A2 paper for the directory.</source>
        <translation>안내판 종이는 A4, A3, A2 중에서 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="219"/>
        <source>Neither this shop nor its market has a channel address yet, so the tags would have no QR code. Please add the shop&apos;s channel, or the market channel, first.</source>
        <translation>이 가게도, 시장도 아직 채널 주소가 없어서 가격표에 QR코드를 넣을 수 없어요. 먼저 가게 채널이나 시장 채널 주소를 넣어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="222"/>
        <source>A QR code on the tags did not read back, so nothing was saved. Please try a bigger tag size.</source>
        <translation>가격표의 QR코드가 읽히지 않아서 저장하지 않았어요. 더 큰 크기로 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="224"/>
        <source>Please choose a banner size (%1), or give the print shop&apos;s size in millimetres, for example 900x1800.</source>
        <translation>현수막 크기를 골라 주세요 (%1). 인쇄소 크기를 mm로 적어도 돼요. 예: 900x1800</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="227"/>
        <source>A print shop cannot take that size. Each side must be at least %1 mm, the short side at most %2 mm and the long side at most %3 mm.</source>
        <translation>인쇄소에서 뽑을 수 없는 크기예요. 한 변은 %1mm 이상, 짧은 변은 %2mm 이하, 긴 변은 %3mm 이하로 해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="230"/>
        <source>Please give the reading distance in metres, from %1 to %2.</source>
        <translation>QR을 찍을 거리를 %1m부터 %2m 사이로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="231"/>
        <source>On this banner the QR code would not read from %1 m: it reads from up to %2 m. For %1 m, please choose a bigger size (%3).</source>
        <translation>이 크기에서는 %1m 떨어져서 QR코드가 읽히지 않아요. %2m까지만 읽혀요. %1m에서 읽히려면 더 큰 크기(%3)를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="234"/>
        <source>The words do not fit on this banner in large type. Please shorten the line.</source>
        <translation>큰 글씨로는 현수막에 다 들어가지 않아요. 문구를 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="236"/>
        <source>Please write the banner&apos;s line.</source>
        <translation>현수막에 넣을 문구를 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="237"/>
        <source>The QR code on this banner did not read back at the reading distance, so nothing was saved. Please choose a bigger size or a shorter distance.</source>
        <translation>이 거리에서 현수막의 QR코드가 읽히지 않아서 저장하지 않았어요. 더 큰 크기나 더 가까운 거리를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="240"/>
        <source>Please write the event&apos;s name and what customers get.</source>
        <translation>행사 이름과 손님이 받는 혜택을 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="241"/>
        <source>&apos;%1&apos; is too long for the poster and the signs: please keep it to %2 characters.</source>
        <translation>포스터와 안내문에 넣기에 너무 길어요(&apos;%1&apos;). %2자 안으로 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="243"/>
        <source>The first day is more than a year away. Please check the year.</source>
        <translation>첫날이 1년도 더 남았어요. 연도를 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="245"/>
        <source>A market event can run for %1 days at most. Please check the first and last day.</source>
        <translation>시장 행사는 길어도 %1일까지예요. 첫날과 마지막 날을 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="247"/>
        <source>There is no shop &apos;%1&apos; in %2. Please write the shop&apos;s name as the shop list shows it.</source>
        <translation>%2에 &apos;%1&apos; 가게가 없어요. 가게 목록에 있는 이름 그대로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="249"/>
        <source>There is no shop &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; 가게는 없어요. &apos;%2&apos; 가게를 말씀하신 건가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="250"/>
        <source>Please name at least one shop taking part.</source>
        <translation>참여하는 가게를 하나 이상 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="251"/>
        <source>An event can have up to %1 shops taking part.</source>
        <translation>한 행사에 참여 가게는 %1곳까지 넣을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="252"/>
        <source>Some words do not fit on the poster, the stamp card or a sign. Please shorten the event&apos;s name or benefit, or the shop&apos;s name.</source>
        <translation>포스터나 스탬프 카드, 안내문에 글자가 다 들어가지 않아요. 행사 이름이나 혜택, 가게 이름을 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="255"/>
        <source>A QR code on the event&apos;s pieces did not read back, so nothing was saved. Please try again.</source>
        <translation>행사 인쇄물의 QR 코드가 읽히지 않아서 아무것도 저장하지 않았어요. 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="257"/>
        <source>The event&apos;s message would not pass the message checks (it is too long for KakaoTalk). Please shorten the event&apos;s name or benefit.</source>
        <translation>행사 메시지가 카카오톡에 보내기에 너무 길어요. 행사 이름이나 혜택을 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="262"/>
        <source>That is more than 100 million won. Please check the number of zeros.</source>
        <translation>1억 원이 넘어요. 0의 개수를 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="264"/>
        <source>Please fill this in.</source>
        <translation>이 칸을 채워 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="265"/>
        <source>Please type the price.</source>
        <translation>가격을 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="266"/>
        <source>Please type the price in digits only, for example 3000.</source>
        <translation>가격은 숫자로만 적어 주세요. 예: 3000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="267"/>
        <source>A price of 0 won cannot be right. Please check it.</source>
        <translation>0원은 맞지 않아요. 다시 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="268"/>
        <source>Please type the price in whole won, without a dot.</source>
        <translation>가격은 점 없이 원 단위로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="269"/>
        <source>That price is too large. Please check it.</source>
        <translation>가격이 너무 커요. 다시 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="270"/>
        <source>Please type how many in digits, for example 30.</source>
        <translation>수량은 숫자로 적어 주세요. 예: 30</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="271"/>
        <source>The sale price should be lower than the usual price.</source>
        <translation>할인 가격이 원래 가격보다 낮아야 해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="272"/>
        <location filename="../danggol_desktop/error_sentences.py" line="336"/>
        <source>The last day is before the first day. Please check the days.</source>
        <translation>끝나는 날이 시작하는 날보다 앞서 있어요. 날짜를 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="273"/>
        <source>That day has already passed. Please choose today or a later day.</source>
        <translation>이미 지난 날이에요. 오늘이나 그 뒤의 날을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="274"/>
        <source>Please choose what you want to tell your customers.</source>
        <translation>손님께 무엇을 알릴지 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="275"/>
        <source>There are no records for that market and period yet, so there is nothing to report.</source>
        <translation>그 시장과 기간에는 아직 기록이 없어서 보고할 내용이 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="278"/>
        <source>This is not a Danggol data file (.danggol). Nothing was changed.</source>
        <translation>단골 자료 파일(.danggol)이 아니에요. 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="279"/>
        <source>This file is far too large to be a Danggol data file. Nothing was changed.</source>
        <translation>단골 자료 파일이라기엔 너무 커요. 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="282"/>
        <source>This file was made by a newer version of Danggol. Please update this computer first. Nothing was changed.</source>
        <translation>더 새로운 단골 프로그램에서 만든 파일이에요. 이 컴퓨터의 프로그램을 먼저 새로 설치해 주세요. 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="286"/>
        <source>This data file is not in the right form. Nothing was changed.</source>
        <translation>자료 파일의 내용이 올바르지 않아요. 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="287"/>
        <source>Some records in this file belong to a shop that is not in it. Nothing was changed.</source>
        <translation>이 파일에 없는 가게의 기록이 들어 있어요. 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="290"/>
        <source>This data file is damaged or was cut short (was the USB stick pulled out early?). Nothing was changed.</source>
        <translation>자료 파일이 망가졌거나 중간에 잘렸어요(USB를 너무 일찍 뺐나요?). 아무것도 바꾸지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="294"/>
        <source>No market with that name was found.</source>
        <translation>그런 이름의 시장을 찾지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="295"/>
        <source>Please give a number of days from 1 to 366.</source>
        <translation>날 수는 1에서 366 사이로 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="296"/>
        <source>There is no room left there for the file. Please choose another place, such as a USB stick.</source>
        <translation>그곳에는 파일을 둘 자리가 모자라요. USB처럼 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="299"/>
        <source>That place cannot be written to (it is read-only or protected). Please choose another place.</source>
        <translation>그곳에는 저장할 수 없어요(읽기 전용이거나 막혀 있어요). 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="302"/>
        <source>No backup copy could be made: there is a file where the folder &apos;backups&apos; should be. Please show this to your tutor. Your records are as they were.</source>
        <translation>백업 사본을 만들지 못했어요. &apos;backups&apos; 폴더가 있어야 할 자리에 다른 파일이 있어요. 튜터에게 보여 주세요. 기록은 그대로예요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="306"/>
        <source>The file could not be saved there. Please choose another place, such as the Desktop.</source>
        <translation>그곳에는 파일을 저장할 수 없어요. 바탕화면 같은 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="309"/>
        <source>This is longer than Kakao allows. The part over the limit is marked: please shorten it.</source>
        <translation>카카오가 받는 글자 수보다 길어요. 넘친 부분에 표시해 두었어요. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="312"/>
        <source>Please write something here.</source>
        <translation>여기에 내용을 써 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="313"/>
        <source>Please write a title.</source>
        <translation>제목을 써 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="314"/>
        <source>A title needs words, not only emoji or marks. Please add a few words.</source>
        <translation>제목에 글자를 넣어 주세요. 이모티콘이나 기호만으로는 안 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="317"/>
        <source>The title is too long. The part over the limit is marked.</source>
        <translation>제목이 너무 길어요. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="318"/>
        <source>Please write the channel&apos;s name.</source>
        <translation>채널 이름을 써 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="319"/>
        <source>Kakao takes a channel name of up to 20 characters. The part over it is marked.</source>
        <translation>채널 이름은 20자까지예요. 넘친 부분에 표시해 두었어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="322"/>
        <source>A channel name can have Korean, English letters and numbers only. Please take out: %1</source>
        <translation>채널 이름에는 한글, 영어, 숫자만 쓸 수 있어요. 이것을 빼 주세요: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="325"/>
        <source>A search ID has no spaces. Please write it joined up.</source>
        <translation>검색용 아이디에는 띄어쓰기가 없어요. 붙여서 써 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="326"/>
        <source>A search ID can have Korean, small English letters, numbers, - and _ only.</source>
        <translation>검색용 아이디에는 한글, 영어 소문자, 숫자, -, _ 만 쓸 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="329"/>
        <source>A search ID has at most 15 characters.</source>
        <translation>검색용 아이디는 15자까지예요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="330"/>
        <source>The first day has already passed. Please choose today or a later day.</source>
        <translation>시작하는 날이 이미 지났어요. 오늘이나 그 뒤의 날을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="333"/>
        <source>The last day has already passed. Please choose today or a later day.</source>
        <translation>끝나는 날이 이미 지났어요. 오늘이나 그 뒤의 날을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="337"/>
        <source>A coupon can last up to a year from today. Please check the last day.</source>
        <translation>쿠폰은 오늘부터 1년 안에 끝나야 해요. 끝나는 날을 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="340"/>
        <source>That coupon could not be found.</source>
        <translation>그 쿠폰을 찾지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="341"/>
        <source>That photo could not be found. Please choose it again.</source>
        <translation>그 사진을 찾지 못했어요. 다시 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="342"/>
        <source>That file is too big to be a photo (over 80 MB). Please choose another one.</source>
        <translation>사진이라기엔 파일이 너무 커요(80MB 넘음). 다른 사진을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="394"/>
        <source>market events</source>
        <translation>시장 행사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="395"/>
        <source>shops taking part in events</source>
        <translation>행사 참여 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="454"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="455"/>
        <source>market</source>
        <translation>시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="456"/>
        <source>shop</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="457"/>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="458"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="464"/>
        <source>Row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="467"/>
        <source>Row %1, column &apos;%2&apos;</source>
        <translation>%1행, &apos;%2&apos; 칸</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="471"/>
        <source>(it says: %1)</source>
        <translation>(적힌 값: %1)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="163"/>
        <location filename="../danggol_desktop/error_sentences.py" line="345"/>
        <source>This is an iPhone photo (HEIC), which this program cannot open yet. On the phone, send it as a JPG (in KakaoTalk &apos;send as photo&apos; does this), then choose that.</source>
        <translation>아이폰 사진(HEIC)이라 아직 열 수 없어요. 휴대폰에서 JPG로 보내 주세요(카카오톡으로 사진 보내기를 하면 JPG가 돼요). 그 사진을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="260"/>
        <source>Please write the credit in won with digits, for example 3000000 or 3,000,000.</source>
        <translation>지원금은 숫자로 적어 주세요. 예: 3000000, 3,000,000 또는 300만</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="349"/>
        <source>That file is not a photo this program can open. Please choose a JPG or PNG photo.</source>
        <translation>이 프로그램이 열 수 있는 사진이 아니에요. JPG나 PNG 사진을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="352"/>
        <source>That picture is far too large to open safely. Please choose a normal phone photo.</source>
        <translation>그림이 너무 커서 안전하게 열 수 없어요. 보통 휴대폰 사진을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="355"/>
        <source>That photo file is damaged or cut short. Please choose another one.</source>
        <translation>사진 파일이 망가졌거나 덜 복사됐어요. 다른 사진을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="356"/>
        <source>The picture does not get small enough for Kakao even at the lowest quality. Please use a simpler photo.</source>
        <translation>가장 낮은 화질로도 카카오 용량 안에 들어가지 않아요. 더 단순한 사진을 써 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="360"/>
        <source>Some words do not fit on the picture even at the smallest readable size. Please shorten them.</source>
        <translation>글이 너무 길어 읽을 수 있는 가장 작은 크기로도 그림에 다 들어가지 않아요. 글을 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="363"/>
        <source>The picture file must end in .jpg or .png (a flyer may also be .pdf).</source>
        <translation>그림 파일 이름은 .jpg나 .png로 끝나야 해요(전단지는 .pdf도 돼요).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="366"/>
        <source>As a PNG this picture is over Kakao&apos;s size limit. Please save it as .jpg instead.</source>
        <translation>PNG로는 카카오 용량을 넘어요. .jpg로 저장해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="369"/>
        <source>Please choose what kind of picture to make.</source>
        <translation>어떤 그림을 만들지 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="370"/>
        <source>A flyer needs at least 2 products. Please add one more.</source>
        <translation>전단지에는 물건이 2개 이상 있어야 해요. 하나 더 넣어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="371"/>
        <source>A flyer has room for 6 products at most.</source>
        <translation>전단지에는 물건을 6개까지 넣을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="372"/>
        <source>Please write the product&apos;s name.</source>
        <translation>물건 이름을 써 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="374"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>문제가 생겼어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="383"/>
        <source>markets</source>
        <translation>시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="384"/>
        <source>shops</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="385"/>
        <source>friend counts</source>
        <translation>친구 수 기록</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="386"/>
        <source>messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="387"/>
        <source>posters</source>
        <translation>포스터</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="388"/>
        <source>practice sessions</source>
        <translation>연습 시간</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="389"/>
        <source>attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="390"/>
        <source>curriculum ticks</source>
        <translation>교육 진도</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="391"/>
        <source>channel texts</source>
        <translation>채널 글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="392"/>
        <source>coupons</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="393"/>
        <source>posts</source>
        <translation>소식</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="412"/>
        <source>(The file is of format %1; this computer reads up to %2.)</source>
        <translation>(파일 형식 %1, 이 컴퓨터는 %2까지 읽을 수 있어요.)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="419"/>
        <source>The first one: %1, record %2 (%3).</source>
        <translation>처음 찾은 곳: %1 %2번째 기록(%3).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="429"/>
        <source>Some records in this file are dated after this computer&apos;s today. This computer&apos;s date may be behind — please check it.</source>
        <translation>파일에 이 컴퓨터의 오늘보다 뒤 날짜의 기록이 있어요. 이 컴퓨터의 날짜가 늦을 수 있어요 — 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="443"/>
        <source>Saved. But the day&apos;s backup copy could not be made:</source>
        <translation>저장했어요. 다만 오늘의 백업 사본은 만들지 못했어요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/error_sentences.py" line="444"/>
        <source>The day&apos;s backup copy could not be made. Your records are as they were:</source>
        <translation>오늘의 백업 사본을 만들지 못했어요. 기록은 그대로예요.</translation>
    </message>
</context>
<context>
    <name>FieldsStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="83"/>
        <source>What is it? (goods)</source>
        <translation>어떤 상품인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="84"/>
        <source>Usual price (won)</source>
        <translation>원래 가격 (원)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="85"/>
        <source>Sale price (won)</source>
        <translation>할인 가격 (원)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="86"/>
        <source>First day</source>
        <translation>시작하는 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="87"/>
        <source>Last day</source>
        <translation>끝나는 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="88"/>
        <source>How many, if limited (optional)</source>
        <translation>한정 수량 (없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="89"/>
        <source>What you give</source>
        <translation>드리는 덤·선물</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="90"/>
        <source>New opening hours</source>
        <translation>영업시간 변경</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="91"/>
        <source>Which day is it?</source>
        <translation>어떤 날인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="92"/>
        <source>What is it called?</source>
        <translation>이름이 무엇인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="93"/>
        <source>Where is it in the market? (optional)</source>
        <translation>시장 안 어디에 있나요? (선택)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="94"/>
        <source>Anything else to say (optional)</source>
        <translation>더 하고 싶은 말 (없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="97"/>
        <source>Price (won, optional)</source>
        <translation>가격 (원, 없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="99"/>
        <source>When they buy (optional)</source>
        <translation>이 상품을 사시면 (없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="101"/>
        <source>First day closed</source>
        <translation>쉬는 첫날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="101"/>
        <source>Last day closed</source>
        <translation>쉬는 마지막 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="103"/>
        <source>From which day</source>
        <translation>언제부터 바뀌나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="105"/>
        <source>From what time to what time</source>
        <translation>몇 시부터 몇 시까지인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="106"/>
        <source>What is on (optional)</source>
        <translation>무엇이 있나요? (선택)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="108"/>
        <source>Usual price (won, optional)</source>
        <translation>원래 가격 (원, 선택)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="109"/>
        <source>Group buying price (won)</source>
        <translation>공동구매 가격 (원)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="111"/>
        <source>What is given, e.g. a 5,000 won Onnuri voucher</source>
        <translation>무엇을 드리나요? 예: 온누리상품권 5천 원</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="112"/>
        <source>For what purchase (optional)</source>
        <translation>얼마나 사시면 드리나요? (선택)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="114"/>
        <source>Name of the festival</source>
        <translation>축제 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="115"/>
        <source>Prizes (optional)</source>
        <translation>경품 (선택)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="116"/>
        <source>Hours (optional)</source>
        <translation>시간 (선택)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="118"/>
        <source>What is good to buy (optional)</source>
        <translation>무엇이 좋은가요? (선택)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="120"/>
        <source>What is the notice about?</source>
        <translation>무엇을 알리나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="122"/>
        <source>Name of the new shop</source>
        <translation>새 가게 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="123"/>
        <source>What does it sell?</source>
        <translation>무엇을 파나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="133"/>
        <source>Free parking</source>
        <translation>주차장 무료 개방</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="133"/>
        <source>Market closed</source>
        <translation>시장 쉬는 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="133"/>
        <source>Building work</source>
        <translation>공사 안내</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="146"/>
        <source>Step 2 of 5: %1 — fill in the details</source>
        <translation>2/5단계: %1 — 내용을 적어 주세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="163"/>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="219"/>
        <source>Digits only, e.g. 3000</source>
        <translation>숫자만 적어 주세요. 예: 3000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="167"/>
        <source>e.g. 9 am to 7 pm</source>
        <translation>예: 오전 9시~오후 7시</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="167"/>
        <source>e.g. 6 pm to 10 pm</source>
        <translation>예: 오후 6시부터 10시까지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="216"/>
        <source>It will read: %1</source>
        <translation>이렇게 나가요: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="240"/>
        <source>The first day, %1, has already passed. Is that right?</source>
        <translation>시작하는 날(%1)이 이미 지났어요. 맞나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="242"/>
        <source>Is the day right?</source>
        <translation>날짜가 맞나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="242"/>
        <source>Yes, it is right</source>
        <translation>네, 맞아요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/fields_step.py" line="243"/>
        <source>No, let me change it</source>
        <translation>아니요, 고칠게요</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="18"/>
        <source>File for printing (*.pdf)</source>
        <translation>인쇄용 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="19"/>
        <source>Picture file (*.png)</source>
        <translation>그림 파일 (*.png)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="20"/>
        <source>Picture file (*.jpg)</source>
        <translation>그림 파일 (*.jpg)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="21"/>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.heif)</source>
        <translation>사진 (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="22"/>
        <source>File for Excel (*.csv)</source>
        <translation>엑셀용 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="23"/>
        <source>Danggol data file (*.danggol)</source>
        <translation>단골 자료 파일 (*.danggol)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="26"/>
        <source>the Desktop</source>
        <translation>바탕화면</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="27"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="28"/>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="80"/>
        <source>the folder &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 폴더</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="84"/>
        <source>Saved in %1 as &apos;%2&apos;.</source>
        <translation>%1에 &apos;%2&apos;(으)로 저장했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="123"/>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
</context>
<context>
    <name>FinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="26"/>
        <source>Step 5 of 5: Ready to send</source>
        <translation>5/5단계: 보낼 준비가 됐어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="28"/>
        <source>Press Copy, open your channel&apos;s admin page, and paste the message there to send it.</source>
        <translation>&apos;복사하기&apos;를 누르고, 채널 관리자 화면을 열어 붙여 넣은 다음 보내세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="29"/>
        <source>Copy</source>
        <translation>복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="32"/>
        <source>Copy the picture</source>
        <translation>그림 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="38"/>
        <source>Open the KakaoTalk Channel admin page</source>
        <translation>카카오톡 채널 관리자 열기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="45"/>
        <source>I have sent it</source>
        <translation>보냈어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="48"/>
        <source>Keep it in my message box</source>
        <translation>내 메시지함에 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="51"/>
        <source>Open my message box</source>
        <translation>내 메시지함 열기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="61"/>
        <source>The web browser could not be opened. On your phone, open the KakaoTalk Channel admin app, or on another computer go to %1.</source>
        <translation>인터넷 창을 열지 못했어요. 휴대폰에서 &apos;카카오톡 채널 관리자&apos; 앱을 열거나, 다른 컴퓨터에서 %1 에 들어가 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="75"/>
        <source>Picture copied! Paste it into the channel admin page, then copy the words.</source>
        <translation>그림을 복사했어요! 채널 관리자 화면에 붙여 넣은 뒤 글도 복사해 넣으세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/finish_step.py" line="79"/>
        <source>Copied! Now paste it into the channel admin page.</source>
        <translation>복사됐어요! 이제 채널 관리자 화면에 붙여 넣어 주세요.</translation>
    </message>
</context>
<context>
    <name>FriendChart</name>
    <message>
        <location filename="../danggol_desktop/charts/friend_chart.py" line="77"/>
        <source>No counts in this period yet.</source>
        <translation>이 기간에는 아직 기록이 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/charts/friend_chart.py" line="143"/>
        <source>Goal %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/charts/friend_chart.py" line="184"/>
        <source>Days a message was sent</source>
        <translation>메시지 보낸 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_chart.py" line="20"/>
        <source>Friend count chart</source>
        <translation>친구 수 그래프</translation>
    </message>
</context>
<context>
    <name>FriendHistoryPage</name>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="34"/>
        <source>Friend count records</source>
        <translation>친구 수 기록</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="131"/>
        <source>The record of %1 was not deleted.</source>
        <translation>%1 기록을 지우지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="137"/>
        <source>The record of %1 was deleted. Press Undo on its line to bring it back.</source>
        <translation>%1 기록을 지웠어요. 그 줄의 &apos;되돌리기&apos;를 누르면 다시 살아나요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="146"/>
        <source>The record of %1 was not brought back.</source>
        <translation>%1 기록을 되살리지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="159"/>
        <source>(deleted)</source>
        <translation>(지웠어요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="99"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="162"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="51"/>
        <source>Show older records</source>
        <translation>지난 기록 더 보기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="56"/>
        <source>← Record a count</source>
        <translation>← 친구 수 적기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="73"/>
        <source>There are no records yet.</source>
        <translation>아직 기록이 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="96"/>
        <source>Fix</source>
        <translation>고치기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="96"/>
        <source>Fix the record of %1</source>
        <translation>%1 기록 고치기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="97"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="162"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="97"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="168"/>
        <source>Delete the record of %1</source>
        <translation>%1 기록 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="152"/>
        <source>The record of %1 is back.</source>
        <translation>%1 기록을 되살렸어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="167"/>
        <source>Bring back the record of %1</source>
        <translation>%1 기록 되돌리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="174"/>
        <source>%1 friend counts</source>
        <translation>%1 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="58"/>
        <location filename="../danggol_desktop/ui/friends/friend_history_page.py" line="174"/>
        <source>Save for Excel</source>
        <translation>엑셀용으로 저장하기</translation>
    </message>
</context>
<context>
    <name>FriendsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="66"/>
        <source>◀ Day before</source>
        <translation>◀ 하루 전</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="66"/>
        <source>◀ Prev</source>
        <translation>◀ 전날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="69"/>
        <source>Day after ▶</source>
        <translation>하루 뒤 ▶</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="69"/>
        <source>Next ▶</source>
        <translation>다음날 ▶</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="74"/>
        <source>Back to today</source>
        <translation>오늘로 돌아가기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="74"/>
        <source>Today</source>
        <translation>오늘로</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="85"/>
        <source>Number of friends</source>
        <translation>친구 수 (명)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="121"/>
        <source>4 weeks</source>
        <translation>4주</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="121"/>
        <source>3 months</source>
        <translation>3개월</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="121"/>
        <source>Everything</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="133"/>
        <source>Set my own goal</source>
        <translation>목표 직접 정하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="151"/>
        <source>Save</source>
        <translation>저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="43"/>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="185"/>
        <source>How many friends today?</source>
        <translation>오늘 친구 수는 몇 명인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="142"/>
        <source>Past records</source>
        <translation>지난 기록 보기·고치기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="144"/>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="174"/>
        <source>The graph</source>
        <translation>그래프 보기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="146"/>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="174"/>
        <source>The number</source>
        <translation>숫자 적기로</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="186"/>
        <source>How many friends that day?</source>
        <translation>이날 친구 수는 몇 명인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="205"/>
        <source>The first record</source>
        <translation>첫 기록이에요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="206"/>
        <source>Last time %1</source>
        <translation>지난번 %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="208"/>
        <source>No earlier record yet. This will be the first one.</source>
        <translation>아직 기록이 없어요. 이번이 첫 기록이에요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="210"/>
        <source>Last record: %1, %2</source>
        <translation>지난 기록: %1, %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="219"/>
        <source>Write your first count and your progress will show here.</source>
        <translation>첫 기록을 적으면 여기에 늘어난 모습이 보여요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="225"/>
        <source>%n more than last week.</source>
        <translation>
            <numerusform>지난주보다 %n명 늘었어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="226"/>
        <source>%n fewer than last week.</source>
        <translation>
            <numerusform>지난주보다 %n명 줄었어요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="227"/>
        <source>The same as last week.</source>
        <translation>지난주와 같아요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="229"/>
        <source>%n more than last time.</source>
        <translation>
            <numerusform>지난번보다 %n명 늘었어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="230"/>
        <source>%n fewer than last time.</source>
        <translation>
            <numerusform>지난번보다 %n명 줄었어요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="231"/>
        <source>The same as last time.</source>
        <translation>지난번과 같아요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="232"/>
        <source>%n to go until your goal of %1.</source>
        <translation>
            <numerusform>목표 %1까지 %n명 남았어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="235"/>
        <source>At this pace you reach it in about %n days.</source>
        <translation>
            <numerusform>지금처럼 늘면 약 %n일 뒤에 목표에 닿아요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="248"/>
        <source>Coupon &apos;%1&apos;: used by %2 customers.</source>
        <translation>&apos;%1&apos; 쿠폰을 손님 %2명이 썼어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="256"/>
        <source>My goal</source>
        <translation>나의 목표</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="256"/>
        <source>How many friends would you like to have?</source>
        <translation>친구를 몇 명까지 모으고 싶으세요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="261"/>
        <source>The goal was not saved.</source>
        <translation>목표를 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="23"/>
        <source>%1 already has %2 written down. Change it to %3?</source>
        <translation>%1에는 이미 %2으로 적혀 있어요. %3으로 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="26"/>
        <source>Change the record?</source>
        <translation>기록을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="27"/>
        <source>Yes, change it</source>
        <translation>네, 바꿀게요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="28"/>
        <source>No, keep it</source>
        <translation>아니요, 그대로 둘게요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="36"/>
        <source>Is that right? That is more than 20% fewer than last time (%1). It can happen when customers block the channel, so you can save it.</source>
        <translation>맞나요? 지난번(%1)보다 20% 넘게 줄었어요. 손님이 채널을 차단하면 줄 수도 있어서, 맞다면 그대로 저장하셔도 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="39"/>
        <source>Is that right?</source>
        <translation>맞나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="40"/>
        <source>Yes, it is right</source>
        <translation>네, 맞아요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/count_questions.py" line="41"/>
        <source>No, let me fix it</source>
        <translation>아니요, 고칠게요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="293"/>
        <source>The count of %1 (%2) was not saved.</source>
        <translation>%1 친구 수(%2)를 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="308"/>
        <source>Saved: %1</source>
        <translation>저장했어요: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="310"/>
        <source>Saved: %1, %2.</source>
        <translation>저장했어요: %1, %2.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="315"/>
        <source>Congratulations! You passed %1 friends!</source>
        <translation>축하해요! 친구가 %1명을 넘었어요!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/friends/friends_page.py" line="316"/>
        <source>Well done! Over %1!</source>
        <translation>축하해요! %1 넘었어요!</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="24"/>
        <source>Hello, owner of %1!</source>
        <translation>%1 사장님, 안녕하세요!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="24"/>
        <source>Hello, %1!</source>
        <translation>%1, 안녕하세요!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="26"/>
        <source>What would you like to do today? Press one of the big buttons.</source>
        <translation>오늘은 무엇을 할까요? 큰 단추를 하나 눌러 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="40"/>
        <source>Settings (text size, screen, shop)</source>
        <translation>설정 (글자 크기·화면·가게 정보)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="42"/>
        <source>Switch shop</source>
        <translation>가게 바꾸기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="56"/>
        <source>Write a promotion message</source>
        <translation>홍보 메시지 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="57"/>
        <source>Write a message for your customers, step by step</source>
        <translation>손님께 보낼 글을 차근차근 함께 써요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="59"/>
        <source>Make a QR poster</source>
        <translation>QR 포스터 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="59"/>
        <source>A sign customers scan to become your channel friends</source>
        <translation>손님이 찍으면 채널 친구가 되는 안내문이에요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="60"/>
        <source>Record friend count</source>
        <translation>친구 수 기록하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="60"/>
        <source>Write down today&apos;s number and see it grow</source>
        <translation>오늘 친구 수를 적고 늘어나는 모습을 봐요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="61"/>
        <source>Decorate your channel</source>
        <translation>채널 꾸미기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="62"/>
        <source>Profile, welcome message, coupon, chat answers and posts</source>
        <translation>프로필, 웰컴 메시지, 쿠폰, 채팅 답변, 소식</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="45"/>
        <source>Tutor mode</source>
        <translation>튜터 모드</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/home_page.py" line="46"/>
        <source>For digital tutors: many shops, practice and reports</source>
        <translation>디지털 튜터용: 여러 가게, 연습, 결과 보고</translation>
    </message>
</context>
<context>
    <name>KakaoBubble</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/kakao_bubble.py" line="34"/>
        <source>The message&apos;s picture</source>
        <translation>메시지 그림</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="20"/>
        <source>Sale or special price</source>
        <translation>할인·특가</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="21"/>
        <source>A lower price for a while</source>
        <translation>정해진 기간 동안 싸게 팔아요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="24"/>
        <source>Something new in</source>
        <translation>새로 들어온 상품</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="25"/>
        <source>Fresh goods just arrived</source>
        <translation>새 물건이 들어왔다고 알려요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="28"/>
        <source>A gift or extra</source>
        <translation>이벤트·덤</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="29"/>
        <source>Something free with a purchase</source>
        <translation>사시면 덤이나 선물을 드려요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="32"/>
        <source>Days we are closed</source>
        <translation>쉬는 날 안내</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="33"/>
        <source>Holidays and days off</source>
        <translation>휴가나 쉬는 날을 알려요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="36"/>
        <source>New opening hours</source>
        <translation>영업시간 변경</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="37"/>
        <source>When the shop opens and closes</source>
        <translation>문 여는 시간이 바뀌었다고 알려요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="40"/>
        <source>Holiday greetings</source>
        <translation>명절·절기 인사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="41"/>
        <source>Chuseok, Seollal and other days</source>
        <translation>추석, 설날 같은 날에 인사해요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="44"/>
        <source>Night market</source>
        <translation>야시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="45"/>
        <source>Evenings when the market stays open</source>
        <translation>저녁에 여는 시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="48"/>
        <source>Group buying</source>
        <translation>공동구매</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="49"/>
        <source>Shops selling one thing together</source>
        <translation>가게들이 함께 싸게 팔아요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="52"/>
        <source>Onnuri voucher days</source>
        <translation>온누리상품권 행사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="53"/>
        <source>Vouchers given for shopping</source>
        <translation>장 보시면 상품권을 드려요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="56"/>
        <source>Festival and prizes</source>
        <translation>시장 축제·경품</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="57"/>
        <source>A market festival or prize draw</source>
        <translation>축제나 경품 추첨</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="60"/>
        <source>Holiday shopping</source>
        <translation>명절 장보기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="61"/>
        <source>Shopping for Chuseok or Seollal</source>
        <translation>추석·설 장보기 안내</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="64"/>
        <source>Parking or closing days</source>
        <translation>주차·휴장 안내</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="65"/>
        <source>Notices for the whole market</source>
        <translation>시장 전체에 알릴 일</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="68"/>
        <source>Introduce a new shop</source>
        <translation>새 가게 소개</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="69"/>
        <source>A shop that just opened</source>
        <translation>새로 문을 연 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="81"/>
        <source>Step 1 of 5: What would you like to tell your customers?</source>
        <translation>1/5단계: 무엇을 알릴까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/kind_step.py" line="100"/>
        <source>Coming up soon — press one to send a greeting:</source>
        <translation>곧 다가오는 날 — 누르면 인사 메시지를 써요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="78"/>
        <source>What is the picture for?</source>
        <translation>어디에 쓸 그림인가요?</translation>
    </message>
</context>
<context>
    <name>KitCards</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/picture_preview.py" line="27"/>
        <source>Preview of the picture</source>
        <translation>그림 미리 보기</translation>
    </message>
</context>
<context>
    <name>KitSteps</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="117"/>
        <source>Copy this answer</source>
        <translation>이 답 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="118"/>
        <source>Copy: %1</source>
        <translation>복사하기: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="124"/>
        <source>Or start from one of these (press one):</source>
        <translation>아니면 아래에서 골라 시작하세요 (누르면 들어가요):</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="165"/>
        <source>What you wrote was not saved.</source>
        <translation>쓰신 내용을 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="179"/>
        <source>Copied. Paste it in the KakaoTalk Channel admin.</source>
        <translation>복사했어요. 카카오톡 채널 관리자에 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="197"/>
        <source>✓ I did it</source>
        <translation>✓ 다 했어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="205"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="206"/>
        <source>Undo: it is not done yet</source>
        <translation>되돌리기: 아직 안 했어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="316"/>
        <source>To the list →</source>
        <translation>목록으로 →</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="246"/>
        <source>%1 copied. Paste it in the KakaoTalk Channel admin.</source>
        <translation>%1 복사했어요. 카카오톡 채널 관리자에 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="263"/>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="280"/>
        <source>The tick was not saved.</source>
        <translation>했다는 표시를 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="267"/>
        <source>✓ Done on %1. Your tutor sees it too.</source>
        <translation>✓ %1에 했어요. 선생님 표에도 표시돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="284"/>
        <source>Undone: it is not marked as done.</source>
        <translation>되돌렸어요. 아직 안 한 것으로 표시돼요.</translation>
    </message>
</context>
<context>
    <name>LayoutStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="83"/>
        <source>Step 2 of 4: Which kind of poster?</source>
        <translation>2/4단계: 어떤 모양으로 만들까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="84"/>
        <source>The picture on the right shows how it will look.</source>
        <translation>오른쪽 그림에 어떻게 나올지 보여 드려요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="85"/>
        <source>The picture below the choices shows how it will look.</source>
        <translation>고른 모양이 어떻게 나올지 아래 그림으로 보여 드려요.</translation>
    </message>
</context>
<context>
    <name>LimitedEdit</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/limited_edit.py" line="119"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2자</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/limited_edit.py" line="136"/>
        <source>%1 too many: the marked part does not fit.</source>
        <translation>%1자 넘쳐요. 표시한 부분이 들어가지 않아요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="87"/>
        <source>Danggol — %1</source>
        <translation>단골 — %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="104"/>
        <source>Practice: %1 — messages written now are kept as practice, not counted as sent.</source>
        <translation>연습 중이에요: %1 — 지금 쓰는 메시지는 연습으로 남고, 보낸 것으로 세지 않아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="190"/>
        <source>Continue?</source>
        <translation>이어서 쓸까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="191"/>
        <source>You have a message you had started. Continue writing it?</source>
        <translation>쓰다 만 메시지가 있어요. 이어서 쓸까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="192"/>
        <source>Continue it</source>
        <translation>이어서 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="193"/>
        <source>Start a new one</source>
        <translation>새로 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="198"/>
        <source>The message you had started was not put away.</source>
        <translation>쓰다 만 메시지를 정리하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="352"/>
        <source>The shop was not switched. You are still working on %1.</source>
        <translation>가게를 바꾸지 못했어요. 지금도 %1 가게를 보고 계세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="369"/>
        <source>Switch shop</source>
        <translation>가게 바꾸기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="370"/>
        <source>Which shop are you working on?</source>
        <translation>어느 가게 일을 할까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/main_window.py" line="421"/>
        <source>The setting was not saved.</source>
        <translation>설정을 저장하지 못했어요.</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="33"/>
        <source>Market channel and events</source>
        <translation>시장 채널·행사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="39"/>
        <source>Which market?</source>
        <translation>어느 시장인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="53"/>
        <source>The market&apos;s own channel (merchants&apos; association)</source>
        <translation>시장 채널 (상인회)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="54"/>
        <source>Market channel address</source>
        <translation>시장 채널 주소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="55"/>
        <source>It starts with pf.kakao.com/_ . You can paste it as it is.</source>
        <translation>pf.kakao.com/_ 로 시작해요. 그대로 붙여 넣으셔도 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="56"/>
        <source>Search ID (optional)</source>
        <translation>검색용 아이디 (있으면)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="56"/>
        <source>e.g. @sinyoung</source>
        <translation>예: @신영시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="57"/>
        <source>Free message credit received (optional)</source>
        <translation>받은 메시지 지원금 (있으면)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="65"/>
        <source>Save the market channel</source>
        <translation>시장 채널 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="73"/>
        <source>A market-wide event</source>
        <translation>시장 행사 준비</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="74"/>
        <source>Name of the event</source>
        <translation>행사 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="74"/>
        <source>e.g. Kimchi-making festival</source>
        <translation>예: 김장 대축제</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="76"/>
        <source>e.g. a prize draw for purchases over 30,000 won</source>
        <translation>예: 3만 원 이상 사시면 경품 추첨</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="75"/>
        <source>What customers get</source>
        <translation>손님이 받는 혜택</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="58"/>
        <source>e.g. 3,000,000 won</source>
        <translation>예: 300만 또는 3,000,000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="83"/>
        <source>First day</source>
        <translation>첫날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="83"/>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="90"/>
        <source>Shops taking part</source>
        <translation>참여 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="91"/>
        <source>Tick all</source>
        <translation>모두 고르기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="92"/>
        <source>Untick all</source>
        <translation>모두 빼기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="111"/>
        <source>Make the event&apos;s pieces</source>
        <translation>행사 준비물 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="166"/>
        <source>The market channel was not saved.</source>
        <translation>시장 채널을 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="177"/>
        <source>Saved: %1&apos;s channel.</source>
        <translation>저장했어요: %1 채널</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="186"/>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="191"/>
        <source>Where shall the event&apos;s pieces go?</source>
        <translation>행사 준비물을 어디에 둘까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="218"/>
        <source>%1 event</source>
        <translation>%1 행사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="231"/>
        <source>Please save the market channel&apos;s address above first.</source>
        <translation>먼저 위에서 시장 채널 주소를 저장해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/market_page.py" line="234"/>
        <source>Made the message, post, poster, stamp card and %1 window signs.</source>
        <translation>메시지, 소식, 포스터, 스탬프 카드와 참여 가게 안내문 %1장을 만들었어요.</translation>
    </message>
</context>
<context>
    <name>MarketPicker</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="38"/>
        <source>Find a market</source>
        <translation>시장 찾기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="39"/>
        <source>e.g. 신영</source>
        <translation>예: 신영</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="70"/>
        <source>No market has that name.</source>
        <translation>그런 이름의 시장이 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/market_picker.py" line="72"/>
        <source>%1 more markets: type part of the name to find one.</source>
        <translation>시장이 %1곳 더 있어요. 이름의 일부를 적어 찾아 주세요.</translation>
    </message>
</context>
<context>
    <name>MessageBoxPage</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="33"/>
        <source>My message box</source>
        <translation>내 메시지함</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="41"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="50"/>
        <source>Sent a message from the Kakao app on your phone? Record it here so it counts too.</source>
        <translation>휴대폰 카카오톡 채널 앱으로 보내셨나요? 여기에 기록하면 보낸 메시지로 함께 세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="55"/>
        <source>Day it was sent</source>
        <translation>보낸 날</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="58"/>
        <source>What it said (optional)</source>
        <translation>보낸 내용 (없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="60"/>
        <source>Record it as sent</source>
        <translation>보냈다고 기록하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="69"/>
        <source>Write a new message</source>
        <translation>새 메시지 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="71"/>
        <source>My pictures · make a picture</source>
        <translation>내 그림 · 그림 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="81"/>
        <source>Sent %1</source>
        <translation>%1 보냄</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="83"/>
        <source>Practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="84"/>
        <source>Kept</source>
        <translation>저장함</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="97"/>
        <source>No messages yet. Kept and sent messages will be listed here.</source>
        <translation>아직 메시지가 없어요. 저장하거나 보낸 메시지가 여기에 모여요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="105"/>
        <source>Write again</source>
        <translation>다시 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="105"/>
        <source>Write this message again</source>
        <translation>이 메시지로 다시 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="106"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="106"/>
        <source>Delete this message</source>
        <translation>이 메시지 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="122"/>
        <source>The message of %1 was not recorded.</source>
        <translation>%1에 보낸 메시지를 기록하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="131"/>
        <source>Recorded: a message sent on %1.</source>
        <translation>%1에 보낸 메시지로 기록했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="139"/>
        <source>The message was not deleted.</source>
        <translation>메시지를 지우지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="142"/>
        <source>The message was deleted.</source>
        <translation>메시지를 지웠어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="152"/>
        <source>The message was not brought back.</source>
        <translation>메시지를 되돌리지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_box_page.py" line="155"/>
        <source>The message is back.</source>
        <translation>메시지를 되살렸어요.</translation>
    </message>
</context>
<context>
    <name>MessageWizardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="30"/>
        <source>Write a promotion message</source>
        <translation>홍보 메시지 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="29"/>
        <source>My message box</source>
        <translation>내 메시지함</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="61"/>
        <source>The unfinished message was not kept. What you wrote is still on the screen.</source>
        <translation>쓰던 메시지를 저장하지 못했어요. 쓰신 글은 화면에 그대로 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="70"/>
        <source>It was not recorded as sent.</source>
        <translation>보낸 것으로 기록하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="71"/>
        <source>The message was not kept.</source>
        <translation>메시지를 보관하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="80"/>
        <source>Kept as practice. It does not count as sent.</source>
        <translation>연습으로 남겼어요. 보낸 것으로 세지 않아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="82"/>
        <source>Recorded as sent today. Well done!</source>
        <translation>오늘 보냈다고 기록했어요. 수고하셨어요!</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/message_wizard_page.py" line="84"/>
        <source>Kept in your message box.</source>
        <translation>내 메시지함에 저장했어요.</translation>
    </message>
</context>
<context>
    <name>MyPicturesPage</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="30"/>
        <source>My pictures</source>
        <translation>내 그림</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="33"/>
        <source>Make a new picture</source>
        <translation>새 그림 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="41"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="59"/>
        <source>No pictures yet. Press &apos;Make a new picture&apos; to start.</source>
        <translation>아직 그림이 없어요. &apos;새 그림 만들기&apos;를 눌러 시작하세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="79"/>
        <source>(file missing)</source>
        <translation>(파일 없음)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="89"/>
        <source>Copy</source>
        <translation>사본</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="90"/>
        <source>Copy this picture</source>
        <translation>이 그림 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="92"/>
        <source>Save as a file</source>
        <translation>파일로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="94"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="95"/>
        <source>Remove this picture from the list</source>
        <translation>이 그림을 목록에서 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="107"/>
        <source>The picture&apos;s file is missing from this computer.</source>
        <translation>이 컴퓨터에 그림 파일이 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="110"/>
        <source>Copied. Paste it into KakaoTalk with Ctrl+V.</source>
        <translation>복사했어요. 카카오톡에서 Ctrl+V로 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="115"/>
        <source>Save the picture</source>
        <translation>그림 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="115"/>
        <source>picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="127"/>
        <source>The picture was not removed.</source>
        <translation>그림을 지우지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="131"/>
        <source>Removed from the list.</source>
        <translation>목록에서 지웠어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/my_pictures_page.py" line="141"/>
        <source>It is back in the list.</source>
        <translation>목록에 다시 넣었어요.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="30"/>
        <source>Clear all</source>
        <translation>다 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="31"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="32"/>
        <source>Clear the number</source>
        <translation>숫자 모두 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="33"/>
        <source>← Back</source>
        <translation>← 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="34"/>
        <source>← Erase</source>
        <translation>← 한 칸 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/number_pad.py" line="35"/>
        <source>Erase the last digit</source>
        <translation>마지막 숫자 지우기</translation>
    </message>
</context>
<context>
    <name>OutputStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="244"/>
        <source>Step 4 of 4: Print or save</source>
        <translation>4/4단계: 인쇄하거나 저장해요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="245"/>
        <source>Print</source>
        <translation>인쇄하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="247"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="249"/>
        <source>Save as a picture</source>
        <translation>그림으로 저장하기</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="114"/>
        <source>More below ↓</source>
        <translation>아래에 더 있어요 ↓</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="118"/>
        <source>There is more below. Show it</source>
        <translation>아래에 더 있어요. 보여 주기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="185"/>
        <source>← Home</source>
        <translation>← 처음 화면</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="186"/>
        <source>Back to the home screen</source>
        <translation>처음 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="192"/>
        <source>🔊 Read aloud</source>
        <translation>🔊 읽어 주기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="193"/>
        <source>Read the question aloud</source>
        <translation>질문을 소리 내어 읽어 주기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="324"/>
        <source>← Back</source>
        <translation>← 이전</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="155"/>
        <location filename="../danggol_desktop/ui/channel_kit/kit_steps.py" line="319"/>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="365"/>
        <location filename="../danggol_desktop/ui/widgets/page.py" line="326"/>
        <source>Next →</source>
        <translation>다음 →</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="95"/>
        <source>Which photo?</source>
        <translation>어떤 사진을 쓸까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="98"/>
        <source>Choose a photo…</source>
        <translation>사진 고르기…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="100"/>
        <source>Without a photo</source>
        <translation>사진 없이</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="107"/>
        <source>The photo chosen</source>
        <translation>고른 사진</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="118"/>
        <source>Choose a photo</source>
        <translation>사진 고르기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="134"/>
        <source>This photo is small (%1 pixels wide): the picture may look blurry. You can still use it.</source>
        <translation>사진이 작아요(가로 %1픽셀). 그림이 흐릿하게 보일 수 있어요. 그래도 쓸 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="137"/>
        <source>This is a moving picture: its first frame is used.</source>
        <translation>움직이는 그림이라 첫 장면만 써요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="143"/>
        <source>No photo: the picture uses your shop&apos;s colour.</source>
        <translation>사진 없이 가게 색으로 만들어요.</translation>
    </message>
</context>
<context>
    <name>PictureChooser</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="22"/>
        <source>Add a picture</source>
        <translation>그림 넣기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="27"/>
        <source>There are no pictures yet. Make one from My message box with &apos;My pictures · make a picture&apos;.</source>
        <translation>아직 그림이 없어요. 내 메시지함의 &apos;내 그림 · 그림 만들기&apos;에서 만들어 보세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="30"/>
        <source>Press the picture to add:</source>
        <translation>넣을 그림을 누르세요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="39"/>
        <source>Picture %1</source>
        <translation>그림 %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/picture_chooser.py" line="50"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>PictureMaker</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="48"/>
        <source>File size %1 — within Kakao&apos;s %2.</source>
        <translation>파일 크기 %1 — 카카오 한도 %2 안이에요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="101"/>
        <source>Make a picture</source>
        <translation>그림 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="112"/>
        <source>Preview of the picture</source>
        <translation>그림 미리 보기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="154"/>
        <source>To my pictures →</source>
        <translation>내 그림으로 →</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="164"/>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="235"/>
        <source>Scan with the camera and add us as a friend</source>
        <translation>카메라로 찍고 친구 추가하세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="200"/>
        <source>The picture was not kept in My pictures.</source>
        <translation>그림을 내 그림에 넣지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="218"/>
        <source>%1 picture</source>
        <translation>%1 그림</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="219"/>
        <source>Save the picture</source>
        <translation>그림 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="231"/>
        <source>%1 flyer</source>
        <translation>%1 전단지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="232"/>
        <source>Save the flyer</source>
        <translation>전단지 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="249"/>
        <source>Copied. Paste it into KakaoTalk with Ctrl+V.</source>
        <translation>복사했어요. 카카오톡에서 Ctrl+V로 붙여 넣으세요.</translation>
    </message>
</context>
<context>
    <name>PostCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="94"/>
        <source>Write a post</source>
        <translation>소식 쓰기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="108"/>
        <source>1 of 3: The title</source>
        <translation>1/3단계: 제목</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="109"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="112"/>
        <source>2 of 3: What you want to say</source>
        <translation>2/3단계: 하고 싶은 말</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="113"/>
        <source>Text</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>PostFinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="131"/>
        <source>3 of 3: Post it</source>
        <translation>3/3단계: 올리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="132"/>
        <source>In the admin app open 소식 › 새 소식, paste the title and the text, and post it. Then press &apos;I posted it&apos;: the market&apos;s report counts posts.</source>
        <translation>관리자 앱에서 소식 › 새 소식을 열고 제목과 내용을 붙여 넣어 올리세요. 그다음 &apos;올렸어요&apos;를 눌러 주세요. 시장 보고서에 소식 수가 들어가요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="133"/>
        <source>✓ I posted it</source>
        <translation>✓ 올렸어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="135"/>
        <source>Copy the title</source>
        <translation>제목 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="135"/>
        <source>The title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="137"/>
        <source>The text</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="137"/>
        <source>Copy the text</source>
        <translation>내용 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="145"/>
        <source>The post was not recorded.</source>
        <translation>소식을 기록하지 못했어요.</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="47"/>
        <source>Make a QR poster</source>
        <translation>QR 포스터 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="82"/>
        <source>The channel address was not kept for next time. The poster still uses it.</source>
        <translation>채널 주소를 다음을 위해 저장하지 못했어요. 포스터에는 그대로 들어가요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="109"/>
        <source>Done! We scanned the QR code on the poster and it opens your channel. QR code size: %1 cm.</source>
        <translation>다 됐어요! 포스터의 QR 코드를 직접 읽어 보니 사장님 채널이 잘 열려요. QR 코드 크기: %1cm</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="119"/>
        <source>Save for printing</source>
        <translation>인쇄용으로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="119"/>
        <source>Save as a picture</source>
        <translation>그림으로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="157"/>
        <source>%1 QR poster</source>
        <translation>%1 QR 포스터</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="143"/>
        <source>Print</source>
        <translation>인쇄하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="144"/>
        <source>No printer is connected to this computer, so nothing was printed. Shall we save the poster as a PDF file? Take it on a USB stick to a print shop.</source>
        <translation>이 컴퓨터에 연결된 프린터가 없어요. 그래서 인쇄하지 못했어요. 포스터를 PDF 파일로 저장해 둘까요? USB에 담아 인쇄소에 가져가시면 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="146"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="146"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="149"/>
        <source>No printer is connected to this computer, so nothing was printed.</source>
        <translation>이 컴퓨터에 연결된 프린터가 없어서 인쇄하지 못했어요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="171"/>
        <source>%n on one sheet. Cut along the marks.</source>
        <translation>
            <numerusform>한 장에 %n장이 나와요. 표시선을 따라 잘라 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="173"/>
        <source>The paper is smaller than the poster, so it comes out at %1%.</source>
        <translation>종이가 포스터보다 작아서 %1% 크기로 줄여서 나와요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="178"/>
        <source>Sent %n sheet(s) to the printer.</source>
        <translation>
            <numerusform>프린터로 %n장 보냈어요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_page.py" line="189"/>
        <source>The poster is done, but it was not noted in the shop&apos;s records.</source>
        <translation>포스터는 만들었지만, 가게 기록에 남기지 못했어요.</translation>
    </message>
</context>
<context>
    <name>PosterPreview</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_preview.py" line="21"/>
        <source>Poster preview</source>
        <translation>포스터 미리 보기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_preview.py" line="79"/>
        <source>The poster will appear here.</source>
        <translation>여기에 포스터가 보여요.</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="28"/>
        <source>Practice session</source>
        <translation>연습 시간</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="34"/>
        <source>What are you practising today?</source>
        <translation>오늘은 무엇을 연습하나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="34"/>
        <source>e.g. Sending a coupon</source>
        <translation>예: 쿠폰 보내기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="37"/>
        <source>Who came? (tick the shops)</source>
        <translation>누가 왔나요? (가게에 체크하세요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="39"/>
        <source>Shops that came</source>
        <translation>온 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="41"/>
        <source>Start practice</source>
        <translation>연습 시작하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="43"/>
        <source>End practice</source>
        <translation>연습 끝내기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="45"/>
        <source>Clear the practice messages of the ticked shops</source>
        <translation>체크한 가게의 연습 메시지 지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="71"/>
        <source>Practice is on: %1. Messages written now are kept as practice.</source>
        <translation>연습 중이에요: %1. 지금 쓰는 메시지는 연습으로 남아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="75"/>
        <source>No practice is on. Messages are kept as real ones.</source>
        <translation>지금은 연습 중이 아니에요. 메시지는 실제로 남아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="80"/>
        <source>Earlier sessions:</source>
        <translation>지난 연습:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="95"/>
        <source>The practice was not started.</source>
        <translation>연습을 시작하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="108"/>
        <source>The practice was not ended.</source>
        <translation>연습을 끝내지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="117"/>
        <source>Tick the shops whose practice messages should go.</source>
        <translation>연습 메시지를 지울 가게에 체크해 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="121"/>
        <source>Clear practice messages?</source>
        <translation>연습 메시지를 지울까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="122"/>
        <source>The practice messages of %1 shops will be deleted. Real messages stay.</source>
        <translation>가게 %1곳의 연습 메시지를 지워요. 실제 메시지는 그대로 남아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="125"/>
        <source>Delete them</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="126"/>
        <source>Keep them</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="129"/>
        <source>The practice messages were not deleted.</source>
        <translation>연습 메시지를 지우지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/practice_page.py" line="132"/>
        <source>%1 practice messages deleted.</source>
        <translation>연습 메시지 %1개를 지웠어요.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="33"/>
        <source>Step 4 of 5: Check it before sending</source>
        <translation>4/5단계: 보내기 전에 확인해요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="36"/>
        <source>Checks</source>
        <translation>확인할 것</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="37"/>
        <source>Who gets it?</source>
        <translation>누구에게 보내나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="38"/>
        <source>All my friends</source>
        <translation>친구 모두에게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="38"/>
        <source>Some of my friends</source>
        <translation>일부 친구에게만</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="63"/>
        <source>Add a picture from My pictures</source>
        <translation>내 그림에서 그림 넣기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="65"/>
        <source>No picture</source>
        <translation>그림 빼기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="71"/>
        <source>Sending it as a phone text message (SMS) instead? Then it must read:</source>
        <translation>카카오톡 대신 휴대폰 문자(SMS)로 보내신다면, 이렇게 보내야 해요:</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="75"/>
        <source>Text message version</source>
        <translation>문자용 글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="79"/>
        <source>Can it go as a text message?</source>
        <translation>문자로 보낼 수 있나요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="81"/>
        <source>Copy the text-message version</source>
        <translation>문자용 글 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="122"/>
        <source>× The message is empty.</source>
        <translation>× 메시지가 비어 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="123"/>
        <source>× %1 characters; this kind of message takes at most %2.</source>
        <translation>× %1자예요. 이 종류의 메시지는 %2자까지만 보낼 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="124"/>
        <source>× %1 line breaks; at most %2 are allowed.</source>
        <translation>× 줄바꿈이 %1개예요. %2개까지만 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="125"/>
        <source>△ It is %1 now. Ads sent between 9 pm and 8 am need the customer&apos;s separate consent by law. Please send it after 8 in the morning.</source>
        <translation>△ 지금은 %1예요. 밤 9시부터 아침 8시 사이에 광고를 보내려면 법에 따라 손님의 따로 받은 동의가 필요해요. 아침 8시 넘어서 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="127"/>
        <source>△ It is after 8 pm. Some services block ads from now on; tomorrow morning is better.</source>
        <translation>△ 저녁 8시가 넘었어요. 이 시간부터 광고를 막는 곳도 있어요. 내일 아침에 보내는 게 좋아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="129"/>
        <source>△ Kakao does not allow an internet address in a message&apos;s text. Put the address on the message&apos;s button in Kakao instead, or write the channel&apos;s search ID in words (e.g. search @%3 in KakaoTalk).</source>
        <translation>△ 카카오는 메시지 글에 인터넷 주소를 넣지 못하게 해요. 주소는 카카오에서 메시지의 버튼에 넣거나, 채널 검색 아이디를 글로 적어 주세요. (예: 카카오톡에서 @%3 검색)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="132"/>
        <source>○ In a KakaoTalk Channel message, Kakao adds the (광고) ad label and the free way to stop messages by itself.</source>
        <translation>○ 카카오톡 채널 메시지는 카카오가 (광고) 표시와 무료 수신거부 안내를 알아서 붙여 줘요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="149"/>
        <source>Record your friend count and we will tell you what sending costs.</source>
        <translation>친구 수를 기록해 두시면 보내는 비용을 알려 드려요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="154"/>
        <source>Sending to %1 costs about %2 won (%3 won each, with VAT).</source>
        <translation>친구 %1 × %3원 + 부가세 = 약 %2원</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="161"/>
        <source>Support credit left: %1 won now, about %2 won after this message.</source>
        <translation>남은 지원금 %1원 → 보낸 뒤 %2원</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="164"/>
        <source>The support credit left (%1 won) does not cover this message: the rest is paid from the channel&apos;s own cash.</source>
        <translation>남은 지원금(%1원)으로는 모자라요. 나머지는 채널 캐시에서 나가요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="172"/>
        <source>It cannot be sent as a text message yet: an ad sent by text needs a free 080 number for refusing it. Add it in Settings → Change shop details.</source>
        <translation>아직 문자로 보낼 수 없어요. 광고를 문자로 보내려면 무료 수신거부 080 번호가 있어야 해요. 설정 → 가게 정보 고치기에서 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="175"/>
        <source>It goes as one short text message (SMS): %1 of 90 bytes.</source>
        <translation>짧은 문자(SMS) 한 통으로 가요: 90바이트 중 %1바이트.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="177"/>
        <source>It goes as a long text message (LMS), which costs more than a short one: %1 of 2,000 bytes.</source>
        <translation>긴 문자(LMS)로 가요. 짧은 문자보다 요금이 더 들어요: 2,000바이트 중 %1바이트.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="180"/>
        <source>It is too long for a text message: %1 of 2,000 bytes. Please shorten it.</source>
        <translation>문자로 보내기엔 너무 길어요: 2,000바이트 중 %1바이트. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="183"/>
        <source>A text message cannot carry these: %1. Please take them out.</source>
        <translation>문자에는 이 글자를 넣을 수 없어요: %1. 빼 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/preview_step.py" line="191"/>
        <source>Copied the text-message version.</source>
        <translation>문자용 글을 복사했어요.</translation>
    </message>
</context>
<context>
    <name>PrintStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="131"/>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="217"/>
        <source>Print</source>
        <translation>인쇄하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="139"/>
        <source>Which printer shall we use?</source>
        <translation>어느 프린터로 인쇄할까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="181"/>
        <source>%1 paper, %2 on a sheet</source>
        <translation>%1 용지에 %2장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="184"/>
        <source>%1 paper</source>
        <translation>%1 용지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="197"/>
        <source>How many sheets?</source>
        <translation>몇 장 인쇄할까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="198"/>
        <source>One sheet fewer</source>
        <translation>한 장 적게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="200"/>
        <source>One sheet more</source>
        <translation>한 장 더</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="219"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="235"/>
        <source>Put %1 paper in the printer.</source>
        <translation>프린터에 %1 용지를 넣어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/print_step.py" line="240"/>
        <source>%1 sheets</source>
        <translation>%1장</translation>
    </message>
</context>
<context>
    <name>ProductsStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="358"/>
        <source>What is on the flyer (2 to 6)</source>
        <translation>전단지에 넣을 물건 (2~6개)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="363"/>
        <source>Product %1</source>
        <translation>물건 %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="364"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="364"/>
        <source>For example 3000</source>
        <translation>예: 3000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="365"/>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="385"/>
        <source>Photo…</source>
        <translation>사진…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="366"/>
        <source>Photo of product %1</source>
        <translation>물건 %1 사진</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="385"/>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="398"/>
        <source>Photo ✓</source>
        <translation>사진 ✓</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="388"/>
        <source>Choose a photo</source>
        <translation>사진 고르기</translation>
    </message>
</context>
<context>
    <name>ProfileCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="28"/>
        <source>Set up the profile</source>
        <translation>프로필 꾸미기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="31"/>
        <source>1 of 4: The channel&apos;s name</source>
        <translation>1/4단계: 채널 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="32"/>
        <source>Channel name</source>
        <translation>채널 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="36"/>
        <source>Korean, English letters and numbers; up to 20 characters.</source>
        <translation>한글, 영어, 숫자로 20자까지 쓸 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="37"/>
        <source>2 of 4: A one-line introduction</source>
        <translation>2/4단계: 한 줄 소개</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="38"/>
        <source>Introduction (소개글)</source>
        <translation>소개글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="42"/>
        <source>3 of 4: Hours, phone and address</source>
        <translation>3/4단계: 영업시간, 전화, 주소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="43"/>
        <source>Opening hours</source>
        <translation>영업시간</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="44"/>
        <source>For example: 매일 아침 7시~저녁 8시</source>
        <translation>예: 매일 아침 7시~저녁 8시</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="45"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="46"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="47"/>
        <source>Closed days (you may leave it empty)</source>
        <translation>쉬는 날 (비워도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="49"/>
        <source>You may leave a box empty.</source>
        <translation>모르는 칸은 비워 두셔도 돼요.</translation>
    </message>
</context>
<context>
    <name>ProfileFinishStep</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="64"/>
        <source>4 of 4: The profile picture</source>
        <translation>4/4단계: 프로필 사진</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="65"/>
        <source>In the admin app, open 프로필 and set this picture (%1 × %1 pixels, as Kakao recommends) and the introduction.</source>
        <translation>관리자 앱에서 프로필을 열고 이 그림(카카오 권장 %1 × %1 픽셀)과 소개글을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="72"/>
        <source>Make it from a photo</source>
        <translation>사진으로 만들기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="73"/>
        <source>Use the shop&apos;s name again</source>
        <translation>가게 이름 그림으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="70"/>
        <source>Save the picture</source>
        <translation>그림 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="71"/>
        <source>Use my logo or photo instead</source>
        <translation>로고나 가게 사진으로 바꾸기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="74"/>
        <source>Copy the introduction</source>
        <translation>소개글 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="75"/>
        <source>The introduction</source>
        <translation>소개글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="93"/>
        <source>Choose your logo or photo</source>
        <translation>로고나 사진 고르기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="116"/>
        <source>%1 profile</source>
        <translation>%1 프로필</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="117"/>
        <source>Save the profile picture</source>
        <translation>프로필 사진 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/profile_card.py" line="117"/>
        <source>The picture was not saved.</source>
        <translation>그림을 저장하지 못했어요.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/file_dialogs.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>파일 종류(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="53"/>
        <source>Most friends</source>
        <translation>친구가 가장 많은 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="54"/>
        <source>Most new friends</source>
        <translation>친구가 가장 많이 늘어난 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="55"/>
        <source>Most messages sent</source>
        <translation>메시지를 가장 많이 보낸 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="56"/>
        <source>Most posts</source>
        <translation>소식을 가장 많이 올린 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="57"/>
        <source>Grew the most from where it started</source>
        <translation>처음보다 가장 크게 자란 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="65"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="91"/>
        <source>%1 messages</source>
        <translation>%1건</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="67"/>
        <source>%1 posts</source>
        <translation>%1건</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="78"/>
        <source>Shops taking part</source>
        <translation>참여 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="79"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="285"/>
        <source>%1 shops</source>
        <translation>%1곳</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="80"/>
        <source>%1 with a channel (%2)</source>
        <translation>채널 개설 %1곳 (%2)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="85"/>
        <source>Channel friends</source>
        <translation>채널 친구</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="87"/>
        <source>%1 friends per shop with a channel</source>
        <translation>채널 가게당 평균 %1명</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="90"/>
        <source>Messages sent</source>
        <translation>보낸 메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="92"/>
        <source>%1 messages per shop with a channel</source>
        <translation>채널 가게당 평균 %1건</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="95"/>
        <source>New friends in the period</source>
        <translation>기간 동안 늘어난 친구</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="97"/>
        <source>from %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="106"/>
        <source>Posts on channel homes: %1 · Coupons made: %2</source>
        <translation>채널 소식 %1건 · 만든 쿠폰 %2장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="117"/>
        <source>Market channel %1: %2 friends%3, %4 messages sent, %5 posts</source>
        <translation>시장 채널 %1: 친구 %2명%3, 보낸 메시지 %4번, 소식 %5개</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="130"/>
        <source>Market event %1 (%2): %3 shops took part%4 — %5</source>
        <translation>시장 행사 %1 (%2): 참여 가게 %3곳%4 — %5</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="140"/>
        <source>Message credit of %1: %2 won received, about %3 won used, %4 won left</source>
        <translation>%1 메시지 지원금: 받은 %2원 중 약 %3원 썼어요, 남은 %4원</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="153"/>
        <source>Curriculum (shops that have done each step, of %1): %2</source>
        <translation>교육 진도 (가게 %1곳 중 단계마다 마친 가게): %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="155"/>
        <source>Practice sessions held: %1 · shops that came: %2</source>
        <translation>연습 시간 %1번 · 온 가게 %2곳</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="164"/>
        <source>Programme: %1</source>
        <translation>사업: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="166"/>
        <source>Made by: %1</source>
        <translation>만든 사람: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="172"/>
        <source>%1: results of the Danggol programme</source>
        <translation>%1 단골 만들기 결과</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="173"/>
        <source>All markets: results of the Danggol programme</source>
        <translation>모든 시장 단골 만들기 결과</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="235"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="326"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="333"/>
        <source>Posts</source>
        <translation>소식</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="236"/>
        <source>Coupons</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="284"/>
        <source>In all</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="322"/>
        <source>Every market</source>
        <translation>시장별 결과</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="323"/>
        <source>Shops</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="324"/>
        <source>Channel shops</source>
        <translation>채널 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="324"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="331"/>
        <source>Friends</source>
        <translation>친구</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="330"/>
        <source>Week by week</source>
        <translation>주별 결과</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="331"/>
        <source>Week from</source>
        <translation>주 시작일</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="418"/>
        <source>%1 (level)</source>
        <translation>%1 공동</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="420"/>
        <source>%1 and %2 others (level)</source>
        <translation>%1 외 %2곳 공동</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="422"/>
        <source>No. %1</source>
        <translation>%1위</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="435"/>
        <source>Market channels (merchants&apos; associations)</source>
        <translation>시장 채널(상인회)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="442"/>
        <source>A channel shop is a shop whose channel address is written down. Friends, friends per channel shop and the awards count channel shops only.</source>
        <translation>채널 가게는 채널 주소를 적어 둔 가게예요. 친구 수, 채널 가게당 친구, 우수 가게는 채널 가게만 세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="445"/>
        <source>Most new friends: the largest increase in friends (shops starting from 0 included). Grew the most from where it started: only shops that started with at least %1 friends.</source>
        <translation>친구가 가장 많이 늘어난 가게: 늘어난 친구 수가 가장 많은 가게예요 (0명에서 시작한 가게도 포함). 처음보다 가장 크게 자란 가게: 처음에 친구가 %1명 이상이던 가게 중에서 골라요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="453"/>
        <source> and %1 more</source>
        <translation> 외 %1곳</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="455"/>
        <source>Shops whose channel address is not written down yet (their counts are not added in): %1</source>
        <translation>채널 주소를 아직 안 적은 가게 (친구 수를 더하지 않았어요): %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="470"/>
        <source>There are no records in this period yet.</source>
        <translation>이 기간에는 아직 기록이 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="492"/>
        <source>Friends of the whole market, week by week</source>
        <translation>시장 전체 친구 수 (주마다)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="493"/>
        <source>Awards</source>
        <translation>우수 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="434"/>
        <source>No awards: not enough records yet.</source>
        <translation>아직 기록이 모자라서 우수 가게를 뽑을 수 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="540"/>
        <source>Page %1 of %2 · made on %3</source>
        <translation>%2쪽 중 %1쪽 · %3 만듦</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="228"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="323"/>
        <source>Market</source>
        <translation>시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="229"/>
        <source>Shop</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="230"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="231"/>
        <source>Friends at start</source>
        <translation>처음 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="232"/>
        <source>Friends at end</source>
        <translation>마지막 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="233"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="325"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="332"/>
        <source>New friends</source>
        <translation>늘어난 친구</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="234"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="325"/>
        <location filename="../danggol_desktop/report/report_pdf.py" line="332"/>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/report/report_pdf.py" line="514"/>
        <source>Every shop</source>
        <translation>가게별 결과</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="45"/>
        <source>Market report</source>
        <translation>시장 결과 보고</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="50"/>
        <source>Which market?</source>
        <translation>어느 시장인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="51"/>
        <source>All markets</source>
        <translation>모든 시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="57"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="57"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="66"/>
        <source>Programme (printed on the report)</source>
        <translation>사업 이름 (보고서에 적혀요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="67"/>
        <source>Made by (printed on the report)</source>
        <translation>만든 사람 (보고서에 적혀요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="88"/>
        <source>Save for printing</source>
        <translation>인쇄용으로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="89"/>
        <source>Save for Excel</source>
        <translation>엑셀용으로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="145"/>
        <source>Awards</source>
        <translation>우수 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="157"/>
        <source>Every shop</source>
        <translation>가게별 결과</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="170"/>
        <source>%1 results</source>
        <translation>%1 결과</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="170"/>
        <source>all markets</source>
        <translation>모든 시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="171"/>
        <source>Save the report</source>
        <translation>결과 보고 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/report_page.py" line="182"/>
        <source>The names were not kept for next time.</source>
        <translation>다음을 위해 이름을 기억해 두지 못했어요.</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_guard.py" line="22"/>
        <source>Not saved</source>
        <translation>저장하지 못했어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_guard.py" line="25"/>
        <source>Try again</source>
        <translation>다시 해 보기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_guard.py" line="26"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>SavePlace</name>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="39"/>
        <source>Desktop</source>
        <translation>바탕화면</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="41"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="46"/>
        <source>USB stick &apos;%1&apos;</source>
        <translation>USB 메모리 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="79"/>
        <source>Where shall we put it?</source>
        <translation>어디에 둘까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="89"/>
        <source>Somewhere else…</source>
        <translation>다른 곳에 저장…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/widgets/save_place.py" line="91"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SaveStep</name>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="56"/>
        <source>Save it, or copy it into KakaoTalk</source>
        <translation>저장하거나 카카오톡에 붙여 넣으세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="61"/>
        <source>Save as a picture file</source>
        <translation>그림 파일로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="62"/>
        <source>Copy the picture</source>
        <translation>그림 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="63"/>
        <source>Save for printing (PDF)</source>
        <translation>인쇄용으로 저장하기 (PDF)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_maker_page.py" line="77"/>
        <source>The picture</source>
        <translation>그림</translation>
    </message>
</context>
<context>
    <name>SentenceStep</name>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="42"/>
        <source>Your message</source>
        <translation>보낼 메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="54"/>
        <source>Add %1</source>
        <translation>%1 넣기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="39"/>
        <source>Step 3 of 5: Your message — change it as you like</source>
        <translation>3/5단계: 메시지예요 — 마음대로 고쳐 보세요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="60"/>
        <source>Other ready sentences: press one to start from it</source>
        <translation>다른 준비된 문장: 누르면 그 문장으로 바뀌어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="67"/>
        <source>How will you send it?</source>
        <translation>어떻게 보낼까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="70"/>
        <source>%1 (up to %2 characters)</source>
        <translation>%1 (%2자까지)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="77"/>
        <source>These limits are those of messages sent from the KakaoTalk Channel admin (the channel&apos;s own message menu). Kakao&apos;s paid message ads have other limits.</source>
        <translation>이 글자 수는 카카오톡 채널 관리자센터의 메시지 메뉴로 보낼 때 기준이에요. 카카오의 유료 메시지 광고는 기준이 달라요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="139"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2자</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="140"/>
        <source> · line breaks %1 / %2</source>
        <translation> · 줄바꿈 %1 / %2</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="143"/>
        <source>Too long for this kind of message. Please shorten it.</source>
        <translation>이 종류의 메시지로는 너무 길어요. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/message_wizard/sentence_step.py" line="156"/>
        <source>Please write a message.</source>
        <translation>메시지를 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="42"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="58"/>
        <source>High contrast</source>
        <translation>고대비 화면 (검은 바탕)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="66"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="48"/>
        <source>The whole screen changes as soon as you press.</source>
        <translation>누르는 즉시 화면 전체가 바뀌어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="58"/>
        <source>Normal</source>
        <translation>보통 화면</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="67"/>
        <source>Colours</source>
        <translation>화면 색</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="68"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="72"/>
        <source>Shop details</source>
        <translation>가게 정보</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="77"/>
        <source>Change shop details</source>
        <translation>가게 정보 고치기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/settings_page.py" line="80"/>
        <source>Bring back from a backup copy</source>
        <translation>백업에서 되살리기</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="96"/>
        <source>What kind of shop is it?</source>
        <translation>어떤 가게인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="97"/>
        <source>Press the one closest to your shop. If none fits, choose Other.</source>
        <translation>가장 가까운 것을 눌러 주세요. 맞는 게 없으면 &apos;기타&apos;를 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="133"/>
        <source>Press the text that is easy for you to read.</source>
        <translation>글자가 잘 보이는 걸 눌러 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="153"/>
        <source>Screen colours</source>
        <translation>화면 색</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="156"/>
        <source>Normal</source>
        <translation>보통 화면</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="157"/>
        <source>High contrast (black background)</source>
        <translation>고대비 화면 (검은 바탕)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="225"/>
        <source>On your phone, open the KakaoTalk Channel admin app, then your channel, 관리, 상세설정 and 채널 URL. Type here what it shows: it starts with pf.kakao.com/_ .</source>
        <translation>휴대폰에서 &apos;카카오톡 채널 관리자&apos; 앱을 열고 내 채널 → 관리 → 상세설정 → 채널 URL을 보세요. 거기 보이는 주소를 이 컴퓨터에 그대로 적어 주세요. pf.kakao.com/_ 로 시작해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="302"/>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="307"/>
        <source>Danggol — first setup</source>
        <translation>단골 — 처음 준비</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="314"/>
        <source>Short questions, one at a time. You can change every answer later in Settings.</source>
        <translation>짧은 질문에 하나씩 답해 주세요. 적은 내용은 나중에 설정에서 언제든 바꿀 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="365"/>
        <source>Start</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="134"/>
        <source>The screen changes at once.</source>
        <translation>누르면 화면이 바로 바뀌어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="320"/>
        <source>Which market&apos;s association is it?</source>
        <translation>어느 시장의 상인회인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="142"/>
        <source>Normal size</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="143"/>
        <source>Large</source>
        <translation>크게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="144"/>
        <source>Very large</source>
        <translation>아주 크게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="148"/>
        <source>Text size: %1 (%2%)</source>
        <translation>글씨 크기: %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="183"/>
        <source>Is it a shop&apos;s channel, or the market&apos;s (merchants&apos; association)?</source>
        <translation>가게 채널인가요, 시장(상인회) 채널인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="185"/>
        <source>The market&apos;s channel tells customers about the whole market: night markets, events, parking. The association runs it.</source>
        <translation>시장 채널은 야시장, 행사, 주차처럼 시장 전체 소식을 알리는 채널이에요. 상인회에서 운영해요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="188"/>
        <source>My shop&apos;s channel</source>
        <translation>우리 가게 채널</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="189"/>
        <source>The market&apos;s channel (association)</source>
        <translation>시장 채널 (상인회)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="221"/>
        <source>Do you have a KakaoTalk Channel?</source>
        <translation>카카오톡 채널이 있으신가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="222"/>
        <source>If not, that is fine: you can make one later with the channel kit.</source>
        <translation>없어도 괜찮아요. 나중에 &apos;채널 꾸미기&apos;에서 만들 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="224"/>
        <source>Channel address</source>
        <translation>채널 주소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="229"/>
        <source>Yes, I have one</source>
        <translation>네, 있어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="230"/>
        <source>Not yet</source>
        <translation>아직 없어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="235"/>
        <source>My channel</source>
        <translation>내 채널</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="288"/>
        <source>Please press Yes or Not yet.</source>
        <translation>&apos;네, 있어요&apos;나 &apos;아직 없어요&apos;를 눌러 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="313"/>
        <source>Welcome! Let&apos;s set up your shop.</source>
        <translation>어서 오세요! 가게 이름을 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="315"/>
        <source>Shop name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="317"/>
        <source>e.g. Haenam Vegetables</source>
        <translation>예: 해남채소</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="323"/>
        <source>Which market is your shop in?</source>
        <translation>가게가 있는 시장 이름은요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="324"/>
        <source>Shops of the same market are kept together.</source>
        <translation>같은 시장의 가게끼리 모아서 보여 드려요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="325"/>
        <source>Market name</source>
        <translation>시장 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="327"/>
        <source>e.g. Sinyeong Market</source>
        <translation>예: 신영시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="331"/>
        <source>What is the association office&apos;s phone number?</source>
        <translation>상인회 사무실 전화번호를 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="334"/>
        <source>What is the shop&apos;s phone number?</source>
        <translation>가게 전화번호를 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="335"/>
        <source>It goes on your messages so customers can call. If you would rather not, leave it empty.</source>
        <translation>손님이 전화할 수 있게 메시지에 넣어 드려요. 원하지 않으시면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="336"/>
        <source>Shop phone number (optional)</source>
        <translation>가게 전화번호 (없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="338"/>
        <source>For example 010-1234-5678 or 02-123-4567.</source>
        <translation>예: 010-1234-5678 또는 02-123-4567</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="370"/>
        <source>Question %1 of %2</source>
        <translation>질문 %2개 중 %1번째</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/setup/setup_wizard.py" line="385"/>
        <source>Your shop was not saved yet.</source>
        <translation>가게를 아직 저장하지 못했어요.</translation>
    </message>
</context>
<context>
    <name>ShopDetailsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="30"/>
        <source>Shop details</source>
        <translation>가게 정보</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="30"/>
        <source>Add a shop</source>
        <translation>가게 추가하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="35"/>
        <source>Shop name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="36"/>
        <source>Market name</source>
        <translation>시장 이름</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="37"/>
        <source>Shop phone number (optional)</source>
        <translation>가게 전화번호 (없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="38"/>
        <source>For example 010-1234-5678 or 02-123-4567.</source>
        <translation>예: 010-1234-5678 또는 02-123-4567</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="40"/>
        <source>KakaoTalk Channel address (optional)</source>
        <translation>카카오톡 채널 주소 (나중에 넣어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="41"/>
        <source>It starts with pf.kakao.com/_ . You can paste it as it is.</source>
        <translation>pf.kakao.com/_ 로 시작하는 주소예요. 그대로 붙여 넣으셔도 돼요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="44"/>
        <source>Place in the market (optional)</source>
        <translation>시장 안 가게 위치 (안 적어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="45"/>
        <source>As people there say it, for example Lane 1, No. 3. It goes on the market&apos;s directory board.</source>
        <translation>시장에서 부르는 대로 적어 주세요. 예: 1번 골목 3호. 시장 안내판에 들어가요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="48"/>
        <source>Free 080 number for refusing text messages (optional)</source>
        <translation>문자 수신거부용 080 무료 번호 (없어도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="49"/>
        <source>Only needed to send ads by text message (SMS): the law asks for a free number to refuse them. Your phone company or a text-message service gives you one, e.g. 080-123-4567.</source>
        <translation>광고를 문자(SMS)로 보낼 때만 필요해요. 법에 따라 손님이 무료로 수신을 거부할 번호가 있어야 해요. 통신사나 문자 발송 서비스에서 받을 수 있어요. 예: 080-123-4567</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="53"/>
        <source>Free message credit received (optional)</source>
        <translation>받은 메시지 지원금 (있으면)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="54"/>
        <source>The money the programme gave for sending messages, e.g. 3,000,000. Before each message we say what is left.</source>
        <translation>사업에서 메시지 보내라고 받은 돈이에요. 예: 300만 또는 3,000,000. 메시지를 보내기 전에 얼마 남았는지 알려 드려요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="67"/>
        <source>Kind of shop</source>
        <translation>가게 종류</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="84"/>
        <source>Save shop details</source>
        <translation>가게 정보 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="137"/>
        <source>A new market?</source>
        <translation>새 시장인가요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="137"/>
        <source>&apos;%1&apos; is not one of the markets here. Make it a new market?</source>
        <translation>&apos;%1&apos;은(는) 여기 있는 시장이 아니에요. 새 시장으로 만들까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="138"/>
        <source>Yes, a new market</source>
        <translation>네, 새 시장이에요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="138"/>
        <source>No, let me choose</source>
        <translation>아니요, 다시 고를게요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="142"/>
        <source>The shop details were not saved.</source>
        <translation>가게 정보를 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/settings/shop_details_page.py" line="159"/>
        <source>Saved.</source>
        <translation>저장했어요.</translation>
    </message>
</context>
<context>
    <name>ShopsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="31"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="175"/>
        <source>Shops</source>
        <translation>가게 관리</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="39"/>
        <source>QR posters for every shop of %1 (one PDF)</source>
        <translation>%1 모든 가게의 QR 포스터 한 번에 만들기 (PDF 하나)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="43"/>
        <source>QR posters for every shop of every market (one PDF)</source>
        <translation>모든 시장 모든 가게의 QR 포스터 한 번에 만들기 (PDF 하나)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="47"/>
        <source>Directory board of %1 (A4 PDF)</source>
        <translation>%1 가게 안내판 만들기 (A4 PDF)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="60"/>
        <source>Work on this shop</source>
        <translation>이 가게로 바꾸기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="61"/>
        <source>Change</source>
        <translation>고치기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="62"/>
        <source>Archive</source>
        <translation>보관하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="71"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="205"/>
        <source>Put-away shops</source>
        <translation>보관한 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="72"/>
        <source>Their records are kept. Bring one back to work on it again.</source>
        <translation>기록은 그대로 남아 있어요. 다시 쓰려면 되살려 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="78"/>
        <source>Bring back</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="82"/>
        <source>Add a shop</source>
        <translation>가게 추가하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="100"/>
        <source>every market</source>
        <translation>모든 시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="103"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="142"/>
        <source>No shop of %1 has a channel address yet.</source>
        <translation>%1에는 아직 채널 주소가 있는 가게가 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="106"/>
        <source>Save the posters</source>
        <translation>포스터 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="106"/>
        <source>%1 QR posters</source>
        <translation>%1 QR 포스터</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="128"/>
        <source>The posters are made, but not noted in the shops&apos; records.</source>
        <translation>포스터는 만들었지만, 가게 기록에 남기지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="130"/>
        <source>%1 posters.</source>
        <translation>포스터 %1장.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="145"/>
        <source>Save the directory board</source>
        <translation>가게 안내판 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="145"/>
        <source>%1 directory board</source>
        <translation>%1 가게 안내판</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="157"/>
        <source>%1 shops on %2 pages.</source>
        <translation>가게 %1곳을 %2장에 담았어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="159"/>
        <source>Not on it yet (no channel address): %1</source>
        <translation>채널 주소가 없어 빠진 가게: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="171"/>
        <source>(now)</source>
        <translation>(지금)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="172"/>
        <source>yes</source>
        <translation>있음</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="204"/>
        <source>Market</source>
        <translation>시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="204"/>
        <source>Shop</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="174"/>
        <source>Friends</source>
        <translation>친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="190"/>
        <source>Two shops have the same name: %1. Choose one and press Change to give it another name.</source>
        <translation>이름이 같은 가게가 두 곳 있어요: %1. 하나를 골라 &apos;고치기&apos;를 누르고 이름을 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="218"/>
        <source>%1 was not brought back.</source>
        <translation>%1 가게를 되살리지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="226"/>
        <source>%1 is back in the list, with all its records.</source>
        <translation>%1 가게를 되살렸어요. 기록도 모두 그대로예요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="241"/>
        <source>The shop you are working on cannot be archived. Switch to another first.</source>
        <translation>지금 일하는 가게는 보관할 수 없어요. 먼저 다른 가게로 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="244"/>
        <source>Archive the shop?</source>
        <translation>가게를 보관할까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="245"/>
        <source>%1 will leave the lists and reports. Its records are kept.</source>
        <translation>%1 가게가 목록과 보고에서 빠져요. 기록은 그대로 남아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="246"/>
        <source>Archive it</source>
        <translation>보관하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="246"/>
        <source>Keep it</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="248"/>
        <source>%1 was not archived.</source>
        <translation>%1 가게를 보관하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/shops_page.py" line="250"/>
        <source>%1 was archived; its records are kept.</source>
        <translation>%1 가게를 보관했어요. 기록은 남아 있어요.</translation>
    </message>
</context>
<context>
    <name>TransferPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="29"/>
        <source>Data on a USB stick</source>
        <translation>USB로 자료 옮기기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="32"/>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="65"/>
        <source>Save to a file</source>
        <translation>파일로 저장하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="33"/>
        <source>Save this shop (%1)</source>
        <translation>이 가게만 저장하기 (%1)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="34"/>
        <source>Save the whole market (%1)</source>
        <translation>시장 전체 저장하기 (%1)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="35"/>
        <source>Save everything (every market)</source>
        <translation>모든 자료 저장하기 (모든 시장)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="42"/>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="112"/>
        <source>Bring in a file</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="46"/>
        <source>Bring in a .danggol file…</source>
        <translation>단골 자료 파일 가져오기…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="51"/>
        <source>Rename one of them</source>
        <translation>하나의 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="64"/>
        <source>Danggol all markets</source>
        <translation>단골 모든 시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="71"/>
        <source>The file was not saved.</source>
        <translation>파일을 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="77"/>
        <source>%1 shops.</source>
        <translation>가게 %1곳.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="82"/>
        <source>markets</source>
        <translation>시장</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="82"/>
        <source>shops</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="82"/>
        <source>friend counts</source>
        <translation>친구 수 기록</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="83"/>
        <source>messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="83"/>
        <source>posters</source>
        <translation>포스터</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="84"/>
        <source>practice sessions</source>
        <translation>연습 시간</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="84"/>
        <source>attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="85"/>
        <source>curriculum ticks</source>
        <translation>교육 진도</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="87"/>
        <source>market events</source>
        <translation>시장 행사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="88"/>
        <source>shops taking part in events</source>
        <translation>행사 참여 가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="146"/>
        <source>Rename %1 (the one added last)</source>
        <translation>%1 이름 바꾸기 (나중에 들어온 가게)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="96"/>
        <source>Nothing new: this computer already has all of it.</source>
        <translation>새로운 것이 없어요. 이 컴퓨터에 이미 다 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="131"/>
        <source>Bring it in?</source>
        <translation>가져올까요?</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="131"/>
        <source>Bring it in</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="132"/>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="127"/>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="136"/>
        <source>Nothing was brought in; your records are as they were.</source>
        <translation>아무것도 가져오지 않았어요. 기록은 그대로예요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="44"/>
        <source>New records are added, and for each thing the newest change wins, whichever computer made it. Bringing in the same file twice changes nothing.</source>
        <translation>새 기록은 더해지고, 항목마다 가장 나중에 고친 내용이 남아요. 어느 컴퓨터에서 고쳤든 같아요. 같은 파일을 두 번 가져와도 바뀌는 것은 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="85"/>
        <source>channel texts</source>
        <translation>채널 글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="86"/>
        <source>coupons</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="86"/>
        <source>posts</source>
        <translation>게시물</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="92"/>
        <source>%1 new</source>
        <translation>%1개 새로</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="92"/>
        <source>%1 changed</source>
        <translation>%1개 바뀜</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="93"/>
        <source>%1 put away or deleted</source>
        <translation>%1개 보관·삭제</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="104"/>
        <source>Two shops now have the same name: %1. Both are kept with their own records. Please rename one so that nobody mixes them up.</source>
        <translation>이제 이름이 같은 가게가 두 곳 있어요: %1. 두 가게 모두 각자의 기록과 함께 남아 있어요. 헷갈리지 않게 하나의 이름을 바꿔 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/transfer_page.py" line="143"/>
        <source>Brought in.</source>
        <translation>가져왔어요.</translation>
    </message>
</context>
<context>
    <name>TutorHomePage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="20"/>
        <source>Tutor mode</source>
        <translation>튜터 모드</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="21"/>
        <source>For the digital tutor. Merchants can go back with &apos;Home&apos;.</source>
        <translation>디지털 튜터용 화면이에요. 사장님은 &apos;처음 화면&apos;을 누르면 돌아가요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="24"/>
        <source>This week&apos;s friend counts</source>
        <translation>이번 주 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="24"/>
        <source>Every shop of a market on one list</source>
        <translation>시장의 모든 가게를 한 목록에서</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="25"/>
        <source>Shops</source>
        <translation>가게 관리</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="25"/>
        <source>Add, change, switch or archive shops</source>
        <translation>가게 추가·수정·바꾸기·보관</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="26"/>
        <source>Practice session</source>
        <translation>연습 시간</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="26"/>
        <source>Who came, what you practised</source>
        <translation>누가 왔고 무엇을 연습했는지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="27"/>
        <source>Curriculum</source>
        <translation>교육 진도</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="27"/>
        <source>Each shop&apos;s steps, ticked with a date</source>
        <translation>가게마다 배운 단계와 날짜</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="28"/>
        <source>Market report</source>
        <translation>시장 결과 보고</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="28"/>
        <source>Figures, awards, PDF and CSV</source>
        <translation>숫자, 우수 가게, PDF와 CSV</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="29"/>
        <source>Data on a USB stick</source>
        <translation>USB로 자료 옮기기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="29"/>
        <source>Save or bring in a .danggol file</source>
        <translation>단골 자료 파일로 저장하고 가져오기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="30"/>
        <source>Market channel and events</source>
        <translation>시장 채널·행사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/tutor_home_page.py" line="30"/>
        <source>The association&apos;s channel, market-wide events</source>
        <translation>상인회 채널, 시장 행사 준비</translation>
    </message>
</context>
<context>
    <name>WeekCountsPage</name>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="41"/>
        <source>This week&apos;s friend counts</source>
        <translation>이번 주 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="55"/>
        <source>The day of these counts</source>
        <translation>이 친구 수의 날짜</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="59"/>
        <source>Type each shop&apos;s friend count and press Enter: it is kept, and the next shop is ready.</source>
        <translation>가게마다 친구 수를 적고 Enter를 누르세요. 바로 저장되고 다음 가게로 넘어가요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="67"/>
        <source>Bring in from an Excel file…</source>
        <translation>엑셀 파일에서 가져오기…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="95"/>
        <source>Shop</source>
        <translation>가게</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="95"/>
        <source>Last count</source>
        <translation>지난 기록</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="95"/>
        <source>Friends on the day</source>
        <translation>이날 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="101"/>
        <source>none yet</source>
        <translation>아직 없어요</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="101"/>
        <source>%1 on %2</source>
        <translation>%2에 %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="106"/>
        <source>Friends of %1</source>
        <translation>%1 친구 수</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="116"/>
        <source>Write the channel address first (Shops › Change).</source>
        <translation>채널 주소를 먼저 적어 주세요 (가게 관리 › 고치기).</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="125"/>
        <source>This market has no shops yet.</source>
        <translation>이 시장에는 아직 가게가 없어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="134"/>
        <source>Bring in from an Excel file</source>
        <translation>엑셀 파일에서 가져오기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="138"/>
        <source>Channel news</source>
        <translation>채널 소식</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="145"/>
        <source>Brought in %1 friend counts, %2 messages sent and %3 posts.</source>
        <translation>가져왔어요: 친구 수 %1개, 보낸 메시지 %2개, 소식 %3개.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="168"/>
        <source>The count of %1 was not saved.</source>
        <translation>%1 친구 수를 저장하지 못했어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/tutor/week_counts_page.py" line="173"/>
        <source>✓ Kept</source>
        <translation>✓ 저장했어요</translation>
    </message>
</context>
<context>
    <name>WelcomeCardPage</name>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="31"/>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="41"/>
        <source>Welcome message</source>
        <translation>웰컴 메시지</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="40"/>
        <source>1 of 2: What a new friend receives</source>
        <translation>1/2단계: 새 친구가 받는 인사</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="44"/>
        <source>Kakao sends it by itself to everyone who adds your channel. Someone who adds it at night (after 8:55 pm) gets it the next morning at 8.</source>
        <translation>채널을 추가한 손님에게 카카오가 저절로 보내요. 밤(오후 8시 55분 뒤)에 추가한 손님은 다음 날 아침 8시에 받아요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="46"/>
        <source>2 of 2: Put it in the admin</source>
        <translation>2/2단계: 관리자 앱에 넣기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="47"/>
        <source>This is how a new friend sees it. In the admin app open 메시지 › 웰컴메시지, paste the message and save.</source>
        <translation>새 친구에게는 이렇게 보여요. 관리자 앱에서 메시지 › 웰컴메시지를 열고 붙여 넣어 저장하세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="49"/>
        <source>Copy the welcome message</source>
        <translation>웰컴 메시지 복사하기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/channel_kit/text_cards.py" line="50"/>
        <source>The welcome message</source>
        <translation>웰컴 메시지</translation>
    </message>
</context>
<context>
    <name>WordsStep</name>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="112"/>
        <source>Step 3 of 4: Choose the words</source>
        <translation>3/4단계: 포스터에 넣을 글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="113"/>
        <source>Press a ready sentence or write your own.</source>
        <translation>준비된 문장을 누르거나 직접 써 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="117"/>
        <source>Big title</source>
        <translation>큰 제목</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="124"/>
        <source>What friends get (may be left empty)</source>
        <translation>친구가 받는 것 (비워도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="137"/>
        <source>Add a logo or photo…</source>
        <translation>로고나 사진 넣기…</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="139"/>
        <source>Remove the picture</source>
        <translation>그림 빼기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="183"/>
        <source>Please choose or write a title.</source>
        <translation>큰 제목을 고르거나 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="186"/>
        <source>The title is too long for this poster. Please shorten it.</source>
        <translation>큰 제목이 이 포스터에 다 들어가지 않아요. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="188"/>
        <source>The shop name does not fit this kind of poster. Please choose another kind.</source>
        <translation>가게 이름이 이 모양에 다 들어가지 않아요. 다른 모양을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="190"/>
        <source>The treat line is too long. Please shorten it.</source>
        <translation>혜택 글이 너무 길어요. 조금 줄여 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="192"/>
        <source>These characters cannot be printed: %1. Please remove them.</source>
        <translation>이 글자는 인쇄할 수 없어요: %1 — 빼 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="195"/>
        <source>With a picture in its middle the QR code gets too small to scan on this kind. Press &apos;Remove the picture&apos;, or choose another kind.</source>
        <translation>가운데에 그림을 넣으면 이 모양에서는 QR 코드가 너무 작아져서 찍히지 않아요. &apos;그림 빼기&apos;를 누르거나 다른 모양을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="198"/>
        <source>The QR code would be too small to scan here. Please choose another kind.</source>
        <translation>이 모양에서는 QR 코드가 너무 작아져서 찍히지 않아요. 다른 모양을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="205"/>
        <source>Choose a logo or photo</source>
        <translation>로고나 사진 고르기</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="206"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>그림 파일 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="232"/>
        <source>Picture in the middle of the QR code: %1</source>
        <translation>QR 코드 가운데 그림: %1</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/poster/poster_steps.py" line="233"/>
        <source>No picture. A small logo can go in the middle of the QR code.</source>
        <translation>그림 없음. QR 코드 가운데에 작은 로고를 넣을 수 있어요.</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="271"/>
        <source>The words on the picture</source>
        <translation>그림에 넣을 글</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="273"/>
        <source>Big words</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="279"/>
        <source>Price (won)</source>
        <translation>가격 (원)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="279"/>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="327"/>
        <source>For example 3000 (digits only)</source>
        <translation>예: 3000 (숫자만)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="280"/>
        <source>Usual price, crossed out (may be empty)</source>
        <translation>원래 가격, 줄 그어 표시 (비워도 돼요)</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="281"/>
        <source>For example 5000</source>
        <translation>예: 5000</translation>
    </message>
    <message>
        <location filename="../danggol_desktop/ui/pictures/picture_steps.py" line="326"/>
        <source>This design shows a price: write one, or the picture is made without it.</source>
        <translation>이 모양에는 가격이 들어가요. 가격을 적어 주세요. 비워 두면 가격 없이 만들어져요.</translation>
    </message>
</context>
</TS>
