console.log("hello world")
