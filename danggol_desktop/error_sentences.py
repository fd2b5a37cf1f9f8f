"""Error codes from the core turned into translated sentences, for the GUI and the command line alike."""

from __future__ import annotations

from danggol_desktop.words import QT_TRANSLATE_NOOP, translate

_TEXTS = {
    "name_empty": QT_TRANSLATE_NOOP("Errors", "Please type a name."),
    "name_too_long": QT_TRANSLATE_NOOP("Errors", "Please keep the name to 40 characters or fewer."),
    "name_bad_characters": QT_TRANSLATE_NOOP(
        "Errors", "The name has characters that cannot be used. Please type it again."
    ),
    "phone_not_digits": QT_TRANSLATE_NOOP(
        "Errors", "Please type a phone number with digits only, for example 010-1234-5678. You can also leave it empty."
    ),
    "print_failed": QT_TRANSLATE_NOOP(
        "Errors", "The printer could not be reached, so nothing was printed. Is it switched on and connected? You can "
        "also save the poster as a PDF and print it from there."
    ),
    "location_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Please keep the shop's place to 30 characters or fewer, for example Lane 1, No. 3."),
    "location_bad_characters": QT_TRANSLATE_NOOP(
        "Errors", "The shop's place has characters that cannot be used. Please type it again."),
    "optout_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Please type the free 080 number for refusing messages, for example 080-123-4567. You can also "
        "leave it empty."
    ),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a whole phone number. Please check the digits, for example 010-1234-5678 "
        "(11 digits) or 02-123-4567. You can also leave it empty.",
    ),
    "category_unknown": QT_TRANSLATE_NOOP("Errors", "Please choose a kind of shop from the list."),
    "empty": QT_TRANSLATE_NOOP("Errors", "Please paste or type the channel address."),
    "search_id": QT_TRANSLATE_NOOP(
        "Errors",
        "A name starting with @ is the channel's search name, not its address. "
        "The address starts with pf.kakao.com/_ and is shown in the channel admin under 'Channel address'.",
    ),
    "unsafe_scheme": QT_TRANSLATE_NOOP(
        "Errors", "This is not a web address we can use. The channel address starts with pf.kakao.com/_"
    ),
    "other_host": QT_TRANSLATE_NOOP(
        "Errors",
        "This address is not a KakaoTalk Channel. The channel address starts with pf.kakao.com/_ "
        "and is shown in the channel admin under 'Channel address'.",
    ),
    "missing_id": QT_TRANSLATE_NOOP(
        "Errors", "The address is missing the channel part after pf.kakao.com/ (it starts with _)."
    ),
    "bad_id": QT_TRANSLATE_NOOP(
        "Errors", "The channel part after pf.kakao.com/ should be _ followed by letters and numbers only."
    ),
    "shop_exists": QT_TRANSLATE_NOOP("Errors", "This market already has a shop with that name."),
    "shop_not_found": QT_TRANSLATE_NOOP("Errors", "No shop with that name was found."),
    "shop_ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "Several markets have a shop with that name. Please write it as MARKET/NAME."
    ),
    "channel_hangul": QT_TRANSLATE_NOOP(
        "Errors", "Korean letters got into the address: the keyboard is in Korean mode. Press the 한/영 key to switch "
        "to English, then type it again."),
    "shop_same_name": QT_TRANSLATE_NOOP(
        "Errors", "Two shops of this market have that name. Please name one exactly, as shown here:"
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This data was saved by a newer version of Danggol. Please install the newer version. "
        "Your data has been left exactly as it was.",
    ),
    "database_corrupt": QT_TRANSLATE_NOOP("Errors", "The data file is damaged and cannot be opened."),
    "database_empty": QT_TRANSLATE_NOOP(
        "Errors", "The data file is empty, although there are backup copies. It may have been cut off by a power cut."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "There is not enough space on this computer, so it could not be saved. "
        "Please delete files you no longer need, then try again. Your earlier data is safe.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder cannot be written to (it is read-only), so it could not be saved. "
        "Your earlier data is safe. Please ask the person who looks after this computer.",
    ),
    "database_busy": QT_TRANSLATE_NOOP(
        "Errors",
        "Another program is using the data file right now, so it could not be saved. "
        "Please wait a moment and try again. Your data is safe.",
    ),
    "io_error": QT_TRANSLATE_NOOP(
        "Errors",
        "The data file could not be read or written. If it is on a USB stick, check that it is plugged in, "
        "then try again. The file was left as it is.",
    ),
    "folder_missing": QT_TRANSLATE_NOOP("Errors", "That folder cannot be found. Is the USB stick plugged in?"),
    "output_not_file": QT_TRANSLATE_NOOP(
        "Errors",
        "That name belongs to something that is not a file, so nothing was written. Please choose another name.",
    ),
    "output_in_data_folder": QT_TRANSLATE_NOOP(
        "Errors", "That is the app's own data folder. Please save somewhere else, such as the Desktop or a USB stick."
    ),
    "output_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "A file with that name is already there, so nothing was written. "
        "Choose another name, or add --force to replace it.",
    ),
    "name_slash": QT_TRANSLATE_NOOP("Errors", "A name cannot contain /. Please type it without it."),
    "shop_archived": QT_TRANSLATE_NOOP(
        "Errors", "A shop with this name was put away earlier. You can bring it back, with all its records, from "
        "Put-away shops (command line: danggol shops unarchive)."),
    "bundle_bad_record": QT_TRANSLATE_NOOP(
        "Errors", "This data file holds a record this app would not accept, so nothing was changed."
    ),
    "count_empty": QT_TRANSLATE_NOOP("Errors", "Please type the number of friends."),
    "csv_refused": QT_TRANSLATE_NOOP("Errors", "Nothing was brought in: some rows of the file need fixing first."),
    "csv_encoding": QT_TRANSLATE_NOOP(
        "Errors", "This file's letters cannot be read. In Excel, save it as 'CSV UTF-8' and try again."),
    "csv_missing": QT_TRANSLATE_NOOP("Errors", "That file could not be found. Please choose it again."),
    "csv_too_big": QT_TRANSLATE_NOOP("Errors", "That file is too big to be a list of counts (over 10 MB)."),
    "csv_no_header": QT_TRANSLATE_NOOP("Errors", "The file is empty: the first row should name the columns."),
    "csv_damaged": QT_TRANSLATE_NOOP("Errors", "This row cannot be read as CSV (a quote mark left open?)."),
    "csv_missing_column": QT_TRANSLATE_NOOP(
        "Errors", "This column is missing. The first row should name 종류, 가게, 날짜 and 값 (kind, shop, date, "
        "value); 시장 (market) when names repeat."),
    "csv_too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "The file has more rows than a programme's counts (over 20,000). Please check it is the right file."),
    "csv_unknown_kind": QT_TRANSLATE_NOOP("Errors", "The kind must be 친구 수, 보낸 메시지 or 소식."),
    "csv_no_shop": QT_TRANSLATE_NOOP("Errors", "The shop's name is empty."),
    "csv_formula": QT_TRANSLATE_NOOP(
        "Errors", "This cell holds a formula, not a value. In Excel, copy the cells and paste them as values."),
    "csv_unknown_shop": QT_TRANSLATE_NOOP("Errors", "No shop has this name. Add the shop first, or check the name."),
    "csv_ambiguous_shop": QT_TRANSLATE_NOOP(
        "Errors", "Shops of several markets have this name: please fill in the 시장 (market) column."),
    "market_near_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "That market is already there, written a little differently. Please use its name as it is:"),
    "market_not_a_name": QT_TRANSLATE_NOOP(
        "Errors", "That looks like a phone number, not a market's name. Please check the market box."),
    "market_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no market by that name. Choose one of these, or add --new-market to make a new one:"),
    "count_needs_channel": QT_TRANSLATE_NOOP(
        "Errors", "This shop's channel address is not written down yet, so its friends are not counted. Please "
        "add the address first: Settings › Change shop details (command line: danggol shops edit --shop NAME "
        "--channel ADDRESS)."),
    "count_not_number": QT_TRANSLATE_NOOP("Errors", "Please type digits only, for example 52."),
    "count_negative": QT_TRANSLATE_NOOP("Errors", "The number of friends cannot be below zero."),
    "count_decimal": QT_TRANSLATE_NOOP("Errors", "Friends are counted in whole numbers. Please type it without a dot."),
    "count_spaces": QT_TRANSLATE_NOOP("Errors", "Please type the number without spaces in it."),
    "count_too_large": QT_TRANSLATE_NOOP("Errors", "That number is too large. Please check it again."),
    "date_future": QT_TRANSLATE_NOOP("Errors", "That day has not come yet. Please choose today or an earlier day."),
    "date_too_old": QT_TRANSLATE_NOOP("Errors", "Please choose a day from 2010 on."),
    "date_invalid": QT_TRANSLATE_NOOP("Errors", "Please write the date as YYYY-MM-DD, for example 2026-11-26."),
    "logo_missing": QT_TRANSLATE_NOOP("Errors", "That picture file could not be found. Please choose it again."),
    "logo_too_big_file": QT_TRANSLATE_NOOP(
        "Errors", "That picture file is too big (over 20 MB). Please choose a smaller picture."
    ),
    "logo_not_image": QT_TRANSLATE_NOOP(
        "Errors", "That file is not a picture. Please choose a photo or logo (JPG or PNG)."
    ),
    "logo_too_many_pixels": QT_TRANSLATE_NOOP(
        "Errors", "That picture is far too large to open safely. Please choose a smaller picture."
    ),
    "logo_damaged": QT_TRANSLATE_NOOP("Errors", "That picture file is damaged. Please choose another one."),
    "logo_heic": QT_TRANSLATE_NOOP(
        "Errors", "This is an iPhone photo (HEIC), which this program cannot open yet. On the phone, send it as a "
        "JPG (in KakaoTalk 'send as photo' does this), then choose that."
    ),
    "poster_not_readable": QT_TRANSLATE_NOOP(
        "Errors",
        "The QR code on this poster did not read back as your channel address, so it will not be printed. "
        "Please try another layout or remove the picture.",
    ),
    "poster_unsupported": QT_TRANSLATE_NOOP(
        "Errors", "The poster has characters that cannot be printed, such as emoji. Please remove them."
    ),
    "poster_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The words are too long to fit on this poster. Please shorten them."
    ),
    "poster_qr_too_small": QT_TRANSLATE_NOOP(
        "Errors", "On this kind of poster the QR code would be too small to scan. Please choose another kind."
    ),
    "output_type": QT_TRANSLATE_NOOP("Errors", "The output file must end in .pdf or .png."),
    "no_channel_shops": QT_TRANSLATE_NOOP("Errors", "No shop of that market has a channel address yet."),
    "no_market_channel": QT_TRANSLATE_NOOP(
        "Errors", "This market has no market channel yet. Please give its address first: danggol market channel "
        "--market MARKET --channel ADDRESS"),
    "pdf_output_type": QT_TRANSLATE_NOOP("Errors", "The file must end in .pdf."),
    "tag_size_unknown": QT_TRANSLATE_NOOP("Errors", "Please choose a tag size: %1."),
    "tag_item_form": QT_TRANSLATE_NOOP(
        "Errors", "Please write each item as name:price:origin:unit, for example 배추:3000:국산:1포기 (it says: %1)."),
    "tag_origin_missing": QT_TRANSLATE_NOOP(
        "Errors", "'%1' needs its origin (원산지), for example 국산 or the country. The origin must be shown by law "
        "(농수산물의 원산지 표시 등에 관한 법률), with fines of up to 10 million won."),
    "tag_origin_misspelt": QT_TRANSLATE_NOOP(
        "Errors", "The origin of '%1' reads '%2'. Did you mean '%3'? Please write it again."),
    "tag_origin_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The origin of '%1' reads '%2', which is not a country the tag knows. Please write 국산 or the "
        "country's name in Korean, for example 중국."),
    "tag_meat_kind": QT_TRANSLATE_NOOP(
        "Errors", "For the meat '%1', please write the origin with its kind, for example 국내산(한우), 국내산(돼지) "
        "or 국내산(닭)."),
    "tag_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The item name '%1' is too long: please keep it to %2 characters."),
    "tag_unit_too_long": QT_TRANSLATE_NOOP("Errors", "The unit '%1' is too long: please keep it to %2 characters."),
    "tag_price": QT_TRANSLATE_NOOP(
        "Errors", "The price of '%1' must be a number of won from 1 to %2, for example 3000."),
    "tag_too_long": QT_TRANSLATE_NOOP(
        "Errors", "An item's words do not fit on a tag of this size. Please shorten them or choose a bigger tag."),
    "directory_empty": QT_TRANSLATE_NOOP(
        "Errors", "No shop of %1 has a channel address yet, so the directory would have no QR code. Please add "
        "the shops' channel addresses first."),
    "directory_no_folder": QT_TRANSLATE_NOOP(
        "Errors", "There is no folder %1 for the pictures. Please make it first, or choose another."),
    "directory_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The name or place of '%1' does not fit on its card. Please shorten it."),
    "directory_not_readable": QT_TRANSLATE_NOOP(
        "Errors", "A QR code on the directory could not be read back, so nothing was saved. Please try again."),
    "directory_by": QT_TRANSLATE_NOOP("Errors", "Please group the directory by lane or by kind of shop."),
    "directory_paper": QT_TRANSLATE_NOOP("Errors", "Please choose A4, A3 or A2 paper for the directory."),
    "tags_no_channel": QT_TRANSLATE_NOOP(
        "Errors", "Neither this shop nor its market has a channel address yet, so the tags would have no QR code. "
        "Please add the shop's channel, or the market channel, first."),
    "tags_not_readable": QT_TRANSLATE_NOOP(
        "Errors", "A QR code on the tags did not read back, so nothing was saved. Please try a bigger tag size."),
    "banner_size_unknown": QT_TRANSLATE_NOOP(
        "Errors", "Please choose a banner size (%1), or give the print shop's size in millimetres, for example "
        "900x1800."),
    "banner_size_unprintable": QT_TRANSLATE_NOOP(
        "Errors", "A print shop cannot take that size. Each side must be at least %1 mm, the short side at most "
        "%2 mm and the long side at most %3 mm."),
    "banner_distance": QT_TRANSLATE_NOOP("Errors", "Please give the reading distance in metres, from %1 to %2."),
    "banner_too_far": QT_TRANSLATE_NOOP(
        "Errors", "On this banner the QR code would not read from %1 m: it reads from up to %2 m. For %1 m, please "
        "choose a bigger size (%3)."),
    "banner_text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The words do not fit on this banner in large type. Please shorten the line."),
    "banner_headline_empty": QT_TRANSLATE_NOOP("Errors", "Please write the banner's line."),
    "banner_not_readable": QT_TRANSLATE_NOOP(
        "Errors", "The QR code on this banner did not read back at the reading distance, so nothing was saved. "
        "Please choose a bigger size or a shorter distance."),
    "event_field_empty": QT_TRANSLATE_NOOP("Errors", "Please write the event's name and what customers get."),
    "event_field_too_long": QT_TRANSLATE_NOOP(
        "Errors", "'%1' is too long for the poster and the signs: please keep it to %2 characters."),
    "event_too_far": QT_TRANSLATE_NOOP(
        "Errors", "The first day is more than a year away. Please check the year."),
    "event_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A market event can run for %1 days at most. Please check the first and last day."),
    "event_shop_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no shop '%1' in %2. Please write the shop's name as the shop list shows it."),
    "event_shop_meant": QT_TRANSLATE_NOOP("Errors", "There is no shop '%1'. Did you mean '%2'?"),
    "event_no_shops": QT_TRANSLATE_NOOP("Errors", "Please name at least one shop taking part."),
    "event_too_many_shops": QT_TRANSLATE_NOOP("Errors", "An event can have up to %1 shops taking part."),
    "event_text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Some words do not fit on the poster, the stamp card or a sign. Please shorten the event's name or "
        "benefit, or the shop's name."),
    "event_piece_not_readable": QT_TRANSLATE_NOOP(
        "Errors", "A QR code on the event's pieces did not read back, so nothing was saved. Please try again."),
    "event_message_refused": QT_TRANSLATE_NOOP(
        "Errors", "The event's message would not pass the message checks (it is too long for KakaoTalk). Please "
        "shorten the event's name or benefit."),
    "credit_not_number": QT_TRANSLATE_NOOP(
        "Errors", "Please write the credit in won with digits, for example 3000000 or 3,000,000."),
    "credit_too_large": QT_TRANSLATE_NOOP(
        "Errors", "That is more than 100 million won. Please check the number of zeros."),
    "field_required": QT_TRANSLATE_NOOP("Errors", "Please fill this in."),
    "price_empty": QT_TRANSLATE_NOOP("Errors", "Please type the price."),
    "price_not_number": QT_TRANSLATE_NOOP("Errors", "Please type the price in digits only, for example 3000."),
    "price_zero": QT_TRANSLATE_NOOP("Errors", "A price of 0 won cannot be right. Please check it."),
    "price_decimal": QT_TRANSLATE_NOOP("Errors", "Please type the price in whole won, without a dot."),
    "price_too_large": QT_TRANSLATE_NOOP("Errors", "That price is too large. Please check it."),
    "quantity_invalid": QT_TRANSLATE_NOOP("Errors", "Please type how many in digits, for example 30."),
    "sale_not_below_regular": QT_TRANSLATE_NOOP("Errors", "The sale price should be lower than the usual price."),
    "end_before_start": QT_TRANSLATE_NOOP("Errors", "The last day is before the first day. Please check the days."),
    "end_in_past": QT_TRANSLATE_NOOP("Errors", "That day has already passed. Please choose today or a later day."),
    "kind_unknown": QT_TRANSLATE_NOOP("Errors", "Please choose what you want to tell your customers."),
    "report_no_data": QT_TRANSLATE_NOOP(
        "Errors", "There are no records for that market and period yet, so there is nothing to report."
    ),
    "bundle_not_ours": QT_TRANSLATE_NOOP("Errors", "This is not a Danggol data file (.danggol). Nothing was changed."),
    "bundle_too_big": QT_TRANSLATE_NOOP(
        "Errors", "This file is far too large to be a Danggol data file. Nothing was changed."
    ),
    "bundle_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This file was made by a newer version of Danggol. Please update this computer first. Nothing was changed.",
    ),
    "bundle_bad_shape": QT_TRANSLATE_NOOP("Errors", "This data file is not in the right form. Nothing was changed."),
    "bundle_broken_link": QT_TRANSLATE_NOOP(
        "Errors", "Some records in this file belong to a shop that is not in it. Nothing was changed."
    ),
    "bundle_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "This data file is damaged or was cut short (was the USB stick pulled out early?). Nothing was changed.",
    ),
    "market_not_found": QT_TRANSLATE_NOOP("Errors", "No market with that name was found."),
    "days_invalid": QT_TRANSLATE_NOOP("Errors", "Please give a number of days from 1 to 366."),
    "output_disk_full": QT_TRANSLATE_NOOP(
        "Errors", "There is no room left there for the file. Please choose another place, such as a USB stick."
    ),
    "output_read_only": QT_TRANSLATE_NOOP(
        "Errors", "That place cannot be written to (it is read-only or protected). Please choose another place."
    ),
    "backup_folder_blocked": QT_TRANSLATE_NOOP(
        "Errors", "No backup copy could be made: there is a file where the folder 'backups' should be. Please show "
        "this to your tutor. Your records are as they were."
    ),
    "file_not_writable": QT_TRANSLATE_NOOP(
        "Errors", "The file could not be saved there. Please choose another place, such as the Desktop."
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Errors", "This is longer than Kakao allows. The part over the limit is marked: please shorten it."
    ),
    "text_empty": QT_TRANSLATE_NOOP("Errors", "Please write something here."),
    "title_empty": QT_TRANSLATE_NOOP("Errors", "Please write a title."),
    "title_no_words": QT_TRANSLATE_NOOP(
        "Errors", "A title needs words, not only emoji or marks. Please add a few words."
    ),
    "title_too_long": QT_TRANSLATE_NOOP("Errors", "The title is too long. The part over the limit is marked."),
    "channel_name_empty": QT_TRANSLATE_NOOP("Errors", "Please write the channel's name."),
    "channel_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Kakao takes a channel name of up to 20 characters. The part over it is marked."
    ),
    "channel_name_symbols": QT_TRANSLATE_NOOP(
        "Errors", "A channel name can have Korean, English letters and numbers only. Please take out: %1"
    ),
    "search_id_spaces": QT_TRANSLATE_NOOP("Errors", "A search ID has no spaces. Please write it joined up."),
    "search_id_characters": QT_TRANSLATE_NOOP(
        "Errors", "A search ID can have Korean, small English letters, numbers, - and _ only."
    ),
    "search_id_too_long": QT_TRANSLATE_NOOP("Errors", "A search ID has at most 15 characters."),
    "coupon_starts_past": QT_TRANSLATE_NOOP(
        "Errors", "The first day has already passed. Please choose today or a later day."
    ),
    "coupon_ends_past": QT_TRANSLATE_NOOP(
        "Errors", "The last day has already passed. Please choose today or a later day."
    ),
    "coupon_days_order": QT_TRANSLATE_NOOP("Errors", "The last day is before the first day. Please check the days."),
    "coupon_too_far": QT_TRANSLATE_NOOP(
        "Errors", "A coupon can last up to a year from today. Please check the last day."
    ),
    "coupon_not_found": QT_TRANSLATE_NOOP("Errors", "That coupon could not be found."),
    "photo_missing": QT_TRANSLATE_NOOP("Errors", "That photo could not be found. Please choose it again."),
    "photo_too_big_file": QT_TRANSLATE_NOOP(
        "Errors", "That file is too big to be a photo (over 80 MB). Please choose another one."
    ),
    "photo_heic": QT_TRANSLATE_NOOP(
        "Errors", "This is an iPhone photo (HEIC), which this program cannot open yet. On the phone, send it as a "
        "JPG (in KakaoTalk 'send as photo' does this), then choose that."
    ),
    "photo_not_image": QT_TRANSLATE_NOOP(
        "Errors", "That file is not a photo this program can open. Please choose a JPG or PNG photo."
    ),
    "photo_too_many_pixels": QT_TRANSLATE_NOOP(
        "Errors", "That picture is far too large to open safely. Please choose a normal phone photo."
    ),
    "photo_damaged": QT_TRANSLATE_NOOP("Errors", "That photo file is damaged or cut short. Please choose another one."),
    "picture_too_big": QT_TRANSLATE_NOOP(
        "Errors", "The picture does not get small enough for Kakao even at the lowest quality. Please use a simpler "
        "photo."
    ),
    "picture_words_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Some words do not fit on the picture even at the smallest readable size. Please shorten them."
    ),
    "picture_output_type": QT_TRANSLATE_NOOP(
        "Errors", "The picture file must end in .jpg or .png (a flyer may also be .pdf)."
    ),
    "picture_png_too_big": QT_TRANSLATE_NOOP(
        "Errors", "As a PNG this picture is over Kakao's size limit. Please save it as .jpg instead."
    ),
    "picture_kind_unknown": QT_TRANSLATE_NOOP("Errors", "Please choose what kind of picture to make."),
    "flyer_too_few": QT_TRANSLATE_NOOP("Errors", "A flyer needs at least 2 products. Please add one more."),
    "flyer_too_many": QT_TRANSLATE_NOOP("Errors", "A flyer has room for 6 products at most."),
    "flyer_name_empty": QT_TRANSLATE_NOOP("Errors", "Please write the product's name."),
}
_FALLBACK = QT_TRANSLATE_NOOP("Errors", "Something went wrong. Nothing was changed.")


def error_text(code: str) -> str:
    """The sentence for an error code, in the current UI language."""
    return translate("Errors", str(_TEXTS.get(code, _FALLBACK)))


_TABLE_NAMES = {
    "markets": QT_TRANSLATE_NOOP("Errors", "markets"),
    "shops": QT_TRANSLATE_NOOP("Errors", "shops"),
    "friend_counts": QT_TRANSLATE_NOOP("Errors", "friend counts"),
    "messages": QT_TRANSLATE_NOOP("Errors", "messages"),
    "posters": QT_TRANSLATE_NOOP("Errors", "posters"),
    "practice_sessions": QT_TRANSLATE_NOOP("Errors", "practice sessions"),
    "practice_attendance": QT_TRANSLATE_NOOP("Errors", "attendance"),
    "curriculum_progress": QT_TRANSLATE_NOOP("Errors", "curriculum ticks"),
    "channel_texts": QT_TRANSLATE_NOOP("Errors", "channel texts"),
    "coupons": QT_TRANSLATE_NOOP("Errors", "coupons"),
    "posts": QT_TRANSLATE_NOOP("Errors", "posts"),
    "market_events": QT_TRANSLATE_NOOP("Errors", "market events"),
    "market_event_shops": QT_TRANSLATE_NOOP("Errors", "shops taking part in events"),
}


def describe_error(exc: BaseException) -> str:
    """The sentence for any error the core raises; a refused import record also says which record it was."""
    code = getattr(exc, "code", "unexpected")
    text = error_text(code)
    if code == "channel_name_symbols":
        text = text.replace("%1", " ".join(str(getattr(exc, "detail", ""))))
    for n, value in enumerate(getattr(exc, "values", ()), start=1):
        text = text.replace(f"%{n}", str(value))
    if code in ("shop_same_name", "market_near_duplicate", "market_unknown"):
        text += " " + str(getattr(exc, "detail", ""))
    if code == "bundle_too_new" and str(getattr(exc, "detail", "")).isdigit():
        from danggol_desktop.domain.bundle import FORMAT_VERSION

        formats = translate("Errors", "(The file is of format %1; this computer reads up to %2.)")
        text += " " + formats.replace("%1", str(getattr(exc, "detail", ""))).replace("%2", str(FORMAT_VERSION))
    problems = getattr(exc, "problems", None)
    if code == "csv_refused" and problems:
        text += "".join("\n" + csv_problem_text(p) for p in problems)
    table = getattr(exc, "table", None)
    if code == "bundle_bad_record" and table in _TABLE_NAMES:
        where = translate("Errors", "The first one: %1, record %2 (%3).")
        text += " " + (
            where.replace("%1", translate("Errors", str(_TABLE_NAMES[table])))
            .replace("%2", str(getattr(exc, "index", "")))
            .replace("%3", str(getattr(exc, "field", "")))
        )
    return text


_NOTES = {
    "clock_behind": QT_TRANSLATE_NOOP(
        "Errors", "Some records in this file are dated after this computer's today. This computer's date may be "
        "behind — please check it."),
}


def describe_note(code: str) -> str:
    """A note an import leaves (it did not stop anything), in the UI language."""
    return translate("Errors", str(_NOTES.get(code, code)))


def backup_failed_text(exc: BaseException, after_write: bool = True) -> str:
    """Said when the day's backup copy could not be made: after a write that worked (the command line), or on its own
    (the app makes the copy a moment after it opens, when nothing was just saved)."""
    lead = (translate("Errors", "Saved. But the day's backup copy could not be made:") if after_write
            else translate("Errors", "The day's backup copy could not be made. Your records are as "
                                                      "they were:"))
    return lead + " " + error_text(getattr(exc, "code", "io_error"))


def known_codes() -> list[str]:
    return list(_TEXTS)


CSV_COLUMN_WORDS = {
    "kind": QT_TRANSLATE_NOOP("Errors", "kind"),
    "market": QT_TRANSLATE_NOOP("Errors", "market"),
    "shop": QT_TRANSLATE_NOOP("Errors", "shop"),
    "day": QT_TRANSLATE_NOOP("Errors", "date"),
    "value": QT_TRANSLATE_NOOP("Errors", "value"),
}


def csv_problem_text(problem) -> str:  # noqa: ANN001 - a domain.csv_import.CsvProblem
    """'3행, 날짜 칸: … (적힌 값: 2026-13-01)' — the row as the spreadsheet numbers it."""
    where = translate("Errors", "Row %1").replace("%1", str(problem.line))
    if problem.column:
        column = translate("Errors", str(CSV_COLUMN_WORDS.get(problem.column, problem.column)))
        where = translate("Errors", "Row %1, column '%2'").replace(
            "%1", str(problem.line)).replace("%2", column)
    text = f"{where}: {error_text(problem.code)}"
    if problem.value:
        text += " " + translate("Errors", "(it says: %1)").replace("%1", problem.value[:40])
    return text
