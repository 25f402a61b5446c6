def main():
    print("ok")

return 1
