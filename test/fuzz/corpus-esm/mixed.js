x = a / b / c; y = /re[/]/g.test(`${`${1}`}`);
import(x)
export default class {}
