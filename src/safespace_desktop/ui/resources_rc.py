# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x02o\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22 width\
=\x2264\x22 height=\x2264\
\x22>\x0a  <title>Safe\
Space</title>\x0a  \
<!-- A round she\
lter: a circle o\
f people under o\
ne roof. -->\x0a  <\
circle cx=\x2232\x22 c\
y=\x2232\x22 r=\x2230\x22 fi\
ll=\x22#3f6f6a\x22/>\x0a \
 <path d=\x22M14 34\
 L32 17 L50 34\x22 \
fill=\x22none\x22 stro\
ke=\x22#f4efe6\x22 str\
oke-width=\x224.5\x22 \
stroke-linecap=\x22\
round\x22 stroke-li\
nejoin=\x22round\x22/>\
\x0a  <circle cx=\x222\
4\x22 cy=\x2241\x22 r=\x224.\
2\x22 fill=\x22#f4efe6\
\x22/>\x0a  <circle cx\
=\x2232\x22 cy=\x2238\x22 r=\
\x224.2\x22 fill=\x22#f4e\
fe6\x22/>\x0a  <circle\
 cx=\x2240\x22 cy=\x2241\x22\
 r=\x224.2\x22 fill=\x22#\
f4efe6\x22/>\x0a  <pat\
h d=\x22M17 52 C20 \
45 44 45 47 52\x22 \
fill=\x22none\x22 stro\
ke=\x22#f4efe6\x22 str\
oke-width=\x224\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x09\
\x0c\xca\x95u\
\x00s\
\x00a\x00f\x00e\x00s\x00p\x00a\x00c\x00e\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x0d\
\x05q\xcf\xe7\
\x00s\
\x00a\x00f\x00e\x00s\x00p\x00a\x00c\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x18\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
