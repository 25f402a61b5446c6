# Lotka-Volterra predator-prey model integrated with RK4; prints a sampled trajectory.


def deriv(state, a=1.1, b=0.4, c=0.4, d=0.1):
    prey, pred = state
    return (a * prey - b * prey * pred, d * prey * pred - c * pred)


def rk4(state, dt):
    k1 = deriv(state)
    k2 = deriv(tuple(s + dt / 2 * k for s, k in zip(state, k1)))
    k3 = deriv(tuple(s + dt / 2 * k for s, k in zip(state, k2)))
    k4 = deriv(tuple(s + dt * k for s, k in zip(state, k3)))
    return tuple(s + dt / 6 * (a + 2 * b + 2 * c + d) for s, a, b, c, d in zip(state, k1, k2, k3, k4))


state = (10.0, 10.0)
dt = 0.01
peaks = []
prev = prev2 = None
for step in range(5001):
    if step % 500 == 0:
        prey, pred = state
        print(f"t={step * dt:5.1f} prey={prey:9.4f} predators={pred:9.4f} " + "*" * int(prey))
    if prev2 is not None and prev[0] > prev2[0] and prev[0] > state[0]:
        peaks.append(round((step - 1) * dt, 2))
    prev2, prev = prev, state
    state = rk4(state, dt)
print("prey peaks at", peaks)
