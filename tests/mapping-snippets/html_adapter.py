# Snippet for the 'html' adapter (implemented in Python, compiled with the program).
import html
from html import escape, unescape

print(escape("<a href=\"x\">Tom & 'Jerry'</a>"), escape("<b>\"q\" & 'p'</b>", quote=False), html.escape(""))
for s in ["&lt;&gt;&amp;&quot;&#39;&#x27;", "&amp &ampx &ampamp; &notin; &notit; &not", "&#0; &#13; &#128; &#x9F;",
          "&#xD800; &#1114112; &#1; &#xFFFE; &#65;&#x42;&#X43;", "&unknown; &; &# &#x; &&amp;", "no refs",
          "&CounterClockwiseContourIntegral; &acE; &NotNestedGreaterGreater; &Aacute &aacute;x", "&#128512;&#99999999999;"]:
    print(repr(unescape(s)), repr(html.unescape(s)) == repr(unescape(s)))
print(unescape(escape("x < y && z > 'w'")) == "x < y && z > 'w'")
