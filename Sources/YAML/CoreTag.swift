/// The YAML core schema's tags in the long form libyaml reports (`!!int` is `tag:yaml.org,2002:int`).
enum CoreTag {
    static let null = "tag:yaml.org,2002:null"
    static let bool = "tag:yaml.org,2002:bool"
    static let int = "tag:yaml.org,2002:int"
    static let float = "tag:yaml.org,2002:float"
    static let str = "tag:yaml.org,2002:str"
}
