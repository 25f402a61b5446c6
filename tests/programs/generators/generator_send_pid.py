# A PID controller as a send()-driven coroutine controlling a simulated heater.


def pid(kp, ki, kd, setpoint):
    integral = 0.0
    prev_err = None
    output = 0.0
    while True:
        measurement = yield output
        err = setpoint - measurement
        integral += err
        deriv = 0.0 if prev_err is None else err - prev_err
        prev_err = err
        output = kp * err + ki * integral + kd * deriv
        output = max(-10.0, min(10.0, output))


def plant(initial):
    temp = initial
    power = yield temp
    while True:
        temp += 0.1 * power - 0.02 * (temp - 15.0)
        power = yield temp


ctrl = pid(2.0, 0.05, 0.5, setpoint=40.0)
ctrl.send(None)
room = plant(15.0)
temp = room.send(None)
for step in range(60):
    power = ctrl.send(temp)
    temp = room.send(power)
    if step % 6 == 0:
        print(f"step {step:2d} power {power:7.3f} temp {temp:7.3f}")
print(f"final {temp:.4f}", abs(temp - 40.0) < 2.0)
