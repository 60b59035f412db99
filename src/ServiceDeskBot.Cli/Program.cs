Console.WriteLine("usage: servicedeskbot <eval|train|search|ask>");
return 1;
