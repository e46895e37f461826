console.log("fixture")
