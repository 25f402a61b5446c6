class Config:
    values = [v := i for i in range(3)]
