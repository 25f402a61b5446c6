# A palette generator: converts hex colours to HSV/HLS/YIQ, builds lighter and darker shades, complementary and
# analogous colours, and prints them as hex codes (colorsys with CPython's float results).
import colorsys


def hex_to_rgb(code):
    code = code.lstrip("#")
    return tuple(int(code[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def rgb_to_hex(rgb):
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


base_colors = {"crimson": "#dc143c", "teal": "#008080", "gold": "#ffd700", "slate": "#708090", "black": "#000000",
               "white": "#ffffff", "orchid": "#da70d6"}

for name, code in base_colors.items():
    r, g, b = hex_to_rgb(code)
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    hl, l, sl = colorsys.rgb_to_hls(r, g, b)
    y, i, q = colorsys.rgb_to_yiq(r, g, b)
    print(f"{name:8} {code} hsv=({h:.4f}, {s:.4f}, {v:.4f}) hls=({hl:.4f}, {l:.4f}, {sl:.4f}) "
          f"yiq=({y:.4f}, {i:.4f}, {q:.4f})")
    print("   raw:", colorsys.rgb_to_hsv(r, g, b), colorsys.rgb_to_hls(r, g, b))
    comp = colorsys.hsv_to_rgb((h + 0.5) % 1.0, s, v)
    analog = [rgb_to_hex(colorsys.hsv_to_rgb((h + d) % 1.0, s, v)) for d in (-1 / 12, 1 / 12)]
    shades = [rgb_to_hex(colorsys.hls_to_rgb(hl, max(0.0, min(1.0, l + d)), sl)) for d in (-0.2, -0.1, 0.1, 0.2)]
    print("   complement:", rgb_to_hex(comp), "analogous:", analog, "shades:", shades)
    back = colorsys.yiq_to_rgb(y, i, q)
    print("   yiq round trip:", rgb_to_hex(back), back)

# a rainbow of 12 hues, and a gradient in HLS
print([rgb_to_hex(colorsys.hsv_to_rgb(k / 12, 1.0, 1.0)) for k in range(12)])
for step in range(6):
    t = step / 5
    rgb = colorsys.hls_to_rgb(0.6, 0.2 + 0.6 * t, 0.5)
    print(step, rgb_to_hex(rgb), rgb)
# integer inputs keep CPython's mixed results
print(colorsys.rgb_to_hsv(255, 64, 0), colorsys.rgb_to_hls(10, 20, 30), colorsys.rgb_to_yiq(1, 2, 3))
