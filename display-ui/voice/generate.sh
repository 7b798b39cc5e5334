#!/bin/sh
# Regenerates the built-in call clips (espeak-ng voice "vi" + sox), 16 kHz mono Ogg Vorbis.
# The hall board plays them back to back: chime, "Mời công dân có số", the ticket number
# letter by letter and digit by digit, "đến quầy số", the counter number. Recorded at build
# time so the call works offline on any TV browser, with no Vietnamese TTS voice installed.
# An office replaces any clip by putting a file of the same name in its config folder's voice/.
set -eu
cd "$(dirname "$0")"
SPEED=${SPEED:-135}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say() { # say FILE TEXT
  espeak-ng -v vi -s "$SPEED" -w "$tmp/raw.wav" "$2"
  # Trim leading/trailing silence so clips join tightly, keep a short natural gap after.
  sox "$tmp/raw.wav" -r 16000 -c 1 "$1.ogg" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.08 gain -n -1
}

# Two-tone chime (ding-dong), synthesised.
sox -n -r 16000 -c 1 "$tmp/d1.wav" synth 0.45 sine 784 fade q 0.01 0.45 0.35 gain -6
sox -n -r 16000 -c 1 "$tmp/d2.wav" synth 0.8 sine 587 fade q 0.01 0.8 0.7 gain -6
sox "$tmp/d1.wav" "$tmp/d2.wav" chime.ogg pad 0 0.2 gain -n -2

say intro "Mời công dân có số"
say to-counter "đến quầy số"

i=0
for w in "không" "một" "hai" "ba" "bốn" "năm" "sáu" "bảy" "tám" "chín"; do
  say "digit-$i" "$w"; i=$((i + 1))
done

# Vietnamese letter names as read aloud in offices (A "a", B "bê", C "xê", …).
for pair in "a:a" "b:bê" "c:xê" "d:dê" "e:e" "f:ép" "g:giê" "h:hát" "i:i" "j:gi" "k:ca" \
  "l:e lờ" "m:em mờ" "n:en nờ" "o:o" "p:pê" "q:quy" "r:e rờ" "s:ét xì" "t:tê" "u:u" \
  "v:vê" "w:vê kép" "x:ích xì" "y:i dài" "z:dét"; do
  say "letter-${pair%%:*}" "${pair#*:}"
done

# Counter numbers read as whole numbers.
n=1
for w in "một" "hai" "ba" "bốn" "năm" "sáu" "bảy" "tám" "chín" "mười" "mười một" "mười hai" \
  "mười ba" "mười bốn" "mười lăm" "mười sáu" "mười bảy" "mười tám" "mười chín" "hai mươi"; do
  say "counter-$n" "$w"; n=$((n + 1))
done
