print("lode")
