print("init", __name__)
VALUE = "from the helper submodule"
