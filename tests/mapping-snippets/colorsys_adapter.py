# Snippet for the 'colorsys' adapter (implemented in Python, compiled with the program).
import colorsys
from colorsys import rgb_to_yiq, yiq_to_rgb, rgb_to_hls, hls_to_rgb, rgb_to_hsv, hsv_to_rgb

print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
for rgb in [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.2, 0.4, 0.4), (0.9, 0.1, 0.55), (0.3, 0.3, 0.31),
            (255, 128, 0), (0, 1, 0)]:
    yiq = rgb_to_yiq(*rgb)
    hls = rgb_to_hls(*rgb)
    hsv = rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print("  ", yiq_to_rgb(*yiq), hls_to_rgb(*hls), hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.25, 0.5, 0.75, 0.99, 1.0, 1.5, -0.2]:
    print(h, hsv_to_rgb(h, 0.8, 0.9), hls_to_rgb(h, 0.3, 0.7), hls_to_rgb(h, 0.7, 0.4))
print(yiq_to_rgb(1.0, 0.6, -0.6), yiq_to_rgb(0.0, -0.6, 0.6), hsv_to_rgb(0.3, 0.0, 0.5), hls_to_rgb(0.3, 0.2, 0.0))
