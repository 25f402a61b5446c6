print("init", __name__)
SECRET = "terces"
