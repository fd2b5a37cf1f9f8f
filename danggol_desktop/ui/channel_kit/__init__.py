"""채널 꾸미기: a helper for every step of the tutors' curriculum the app did not cover yet."""
