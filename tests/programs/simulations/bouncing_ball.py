# A bouncing ball with gravity, drag and restitution simulated with fixed time steps; reports bounces.
g = -9.81
dt = 0.001
restitution = 0.8
drag = 0.02
x, y, vx, vy = 0.0, 10.0, 3.0, 0.0
t = 0.0
bounces = []
trace = []
while t < 12.0 and len(bounces) < 12:
    vx -= drag * vx * dt
    vy += (g - drag * vy) * dt
    x += vx * dt
    y += vy * dt
    if y <= 0.0:
        y = -y
        vy = -vy * restitution
        bounces.append((round(t, 3), round(x, 3), round(vy, 3)))
    if int(t * 1000) % 1000 == 0:
        trace.append((round(t, 1), round(x, 2), round(y, 2)))
    t += dt
for b in bounces:
    print("bounce at t=%.3f x=%.3f rebound speed %.3f" % b)
print(trace[:6])
print(f"final x={x:.4f} y={y:.4f} vx={vx:.4f}")
